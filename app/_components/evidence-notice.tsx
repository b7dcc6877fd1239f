"use client";

import { useTranslations } from "next-intl";
import type { EvidenceStatus } from "./use-offer-evidence";

/**
 * Beside a list of sources whose notes load on demand (useOfferEvidence): a quiet line while
 * they load, and after a failure a message with a Retry button. Nothing once they are there.
 */
export function EvidenceNotice({ status, onRetry }: { status: EvidenceStatus; onRetry: () => void }) {
  const t = useTranslations("labels");
  if (status === "ready") return null;
  if (status === "loading") {
    return (
      <p className="small muted" role="status" data-evidence="loading">
        {t("sources.notesLoading")}
      </p>
    );
  }
  return (
    <p className="small" role="alert" data-evidence="failed">
      {t("sources.notesFailed")}{" "}
      <button type="button" className="btn btn--ghost btn--small" onClick={onRetry}>
        {t("sources.notesRetry")}
      </button>
    </p>
  );
}
