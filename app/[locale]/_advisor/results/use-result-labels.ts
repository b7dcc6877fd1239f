"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { CostLine, CostLineKind } from "@/lib/domain/cost/estimate-cost";
import type { Locale } from "@/lib/i18n/locales";
import { useCatalogue } from "../catalogue-context";
import { labelOr } from "@/lib/i18n/label-or";
import { schemeNameById } from "@/lib/i18n/local-names";
import { formatterFor } from "@/lib/i18n/formatter";

export const COST_LINE_KINDS: readonly CostLineKind[] = ["compute", "storage", "egress", "fee", "subsidy"];

export type ResultLabels = {
  /** A cost line's label ("compute", "fee:Support plan", "subsidy:aiss") in the UI language. */
  costLine: (line: Pick<CostLine, "kind" | "label">) => string;
  /** The label of a cost-line kind (chart legends, compare rows). */
  costKind: (kind: CostLineKind) => string;
  /** An offer figure path ("price.perAcceleratorHour") in words; unknown paths are shown as they are. */
  figure: (path: string) => string;
  /** An enumeration the local way: "a, b, c" in English, "a、b、c" in Chinese. */
  list: (items: readonly string[]) => string;
};

/** Labels for the engine's language-free keys (cost lines, figure paths). */
export function useResultLabels(locale: Locale): ResultLabels {
  const t = useTranslations("results");
  const labels = useTranslations("labels");
  const { catalogue } = useCatalogue();
  return useMemo(() => {
    const schemeName = (id: string) => schemeNameById(catalogue.subsidies, id, locale);
    return {
      costLine: (line) => {
        const [prefix, ...rest] = line.label.split(":");
        const detail = rest.join(":");
        if (prefix === "fee" && detail) return t("costLine.feeNamed", { name: detail });
        if (prefix === "subsidy" && detail) return t("costLine.subsidyNamed", { name: schemeName(detail) });
        return t(`costLine.${line.kind}`);
      },
      costKind: (kind) => t(`costLine.${kind}`),
      figure: (path) => labelOr(labels, `figure.${path}`, path),
      list: (items) => formatterFor(locale).list(items, "and"),
    };
  }, [t, labels, locale, catalogue]);
}
