"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Reason } from "@/lib/domain/reason";
import { formatReason, type ReasonVocabulary } from "@/lib/explain/format-reason";
import type { Locale } from "@/lib/i18n/locales";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { useCatalogue } from "./catalogue-context";

/**
 * Renders the engine's reasons in the UI language from the messages the page already holds
 * (reasons, labels, advisor.form) and the catalogue in context: the same text as the API's
 * `reasonText`, without shipping every locale's message files as code.
 */
export function useReasonText(locale: Locale): (r: Reason) => string {
  return useReasonTextFor(locale, useCatalogue().catalogue);
}

/** The same, for a component above the catalogue context (the advisor island that provides it). */
export function useReasonTextFor(locale: Locale, catalogue: Pick<Catalogue, "subsidies" | "accelerators">): (r: Reason) => string {
  const t = useTranslations();
  return useMemo(() => {
    const vocab: ReasonVocabulary = {
      message: (path) => {
        // Run-time paths (engine codes, catalogue ids): checked with has() instead of by tsc.
        if (!t.has(path as never)) return undefined;
        const m: unknown = t.raw(path as never);
        return typeof m === "string" ? m : undefined;
      },
      subsidies: catalogue.subsidies,
      accelerators: catalogue.accelerators,
    };
    return (r) => formatReason(r, locale, vocab);
  }, [t, catalogue, locale]);
}
