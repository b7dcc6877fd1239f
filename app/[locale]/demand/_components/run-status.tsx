"use client";

import { useTranslations } from "next-intl";
import type { DemandRun } from "./use-demand-worker";
import styles from "./demand.module.css";

/** Progress of the worker's run with a cancel button; a cancelled or failed run says so. */
export function RunStatus({ run, onCancel, onRetry }: { run: DemandRun; onCancel: () => void; onRetry: () => void }) {
  const t = useTranslations("demand.status");
  if (run.computing) {
    const fraction = run.progress?.fraction ?? null;
    return (
      <div className={styles.status} role="status" aria-live="polite" data-testid="demand-progress">
        <span>{run.progress ? t(`stage.${run.progress.stage}`) : t("starting")}</span>
        <progress max={1} value={fraction ?? undefined} aria-label={t("progressLabel")} />
        <button type="button" className="btn btn--secondary btn--small" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    );
  }
  if (run.cancelled || run.error) {
    return (
      <div className={styles.status} role="status">
        <span>{run.cancelled ? t("cancelled") : t("error", { message: run.error ?? "" })}</span>
        <button type="button" className="btn btn--secondary btn--small" onClick={onRetry}>
          {t("runAgain")}
        </button>
      </div>
    );
  }
  if (run.result && run.elapsedMs !== null) {
    return (
      <p className={`${styles.statusDone} muted small`} role="status" data-testid="demand-done">
        {t("done", { seconds: (run.elapsedMs / 1000).toFixed(1), workloads: run.result.workloads, offers: run.result.offers })}
      </p>
    );
  }
  return null;
}
