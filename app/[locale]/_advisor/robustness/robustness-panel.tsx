"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { FACTORS, type Weights } from "@/lib/domain/factors";
import { SmaaSection } from "./smaa-section";
import { StabilitySection } from "./stability-section";
import styles from "./robustness.module.css";

export type RobustnessPanelProps = {
  recommendation: Recommendation;
  /** The weights the ranking used (any positive scale; normalised here). */
  weights: Weights;
};

/**
 * "How robust is this ranking?": (a) how far each weight can move before first place changes (weight-stability
 * intervals, in words and as a chart) and (b) SMAA-2 rank acceptabilities over random weights, computed in a Web
 * Worker. Both use the weighted-sum model on the options' 0–100 factor scores.
 */
export function RobustnessPanel({ recommendation, weights }: RobustnessPanelProps) {
  const t = useTranslations("robustness.panel");
  const headingId = useId();
  const weightVector = useMemo(() => {
    const raw = FACTORS.map((f) => Math.max(0, weights[f]));
    const total = raw.reduce((s, w) => s + w, 0);
    return total > 0 ? raw.map((w) => w / total) : FACTORS.map(() => 1 / FACTORS.length);
  }, [weights]);
  const enough = recommendation.ranked.length >= 2;

  return (
    <section className={`card ${styles.panel}`} aria-labelledby={headingId} data-testid="robustness-panel">
      <h2 id={headingId} className={styles.title}>
        {t("heading")}
      </h2>
      {enough ? (
        <>
          <p className={`muted ${styles.intro}`}>{t("intro")}</p>
          <StabilitySection recommendation={recommendation} weightVector={weightVector} />
          <SmaaSection recommendation={recommendation} weightVector={weightVector} />
        </>
      ) : (
        <p className={`muted ${styles.tooFew}`}>{t("tooFew")}</p>
      )}
    </section>
  );
}
