"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ShareState } from "@/lib/url-state/encode-share-state";

// The dialog (and its calls to the consultations API) loads on first use only.
const SaveScenarioDialog = dynamic(() => import("./save-scenario-dialog").then((m) => m.SaveScenarioDialog), { ssr: false });

/** "Save as scenario" on the advisor page: keeps the current needs, weights and method in a consultation. */
export function SaveScenarioButton({ state, locale, disabled }: { state: ShareState; locale: string; disabled?: boolean }) {
  const t = useTranslations("saveScenario");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn--small" onClick={() => setOpen(true)} disabled={disabled}>
        {t("button")}
      </button>
      {open ? <SaveScenarioDialog state={state} locale={locale} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
