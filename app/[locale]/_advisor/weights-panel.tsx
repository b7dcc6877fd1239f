"use client";

import { useTranslations } from "next-intl";
import { useId, type KeyboardEvent } from "react";
import { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";
import { WEIGHT_PRESETS } from "@/lib/domain/weights/weight-presets";
import { FACTORS, type Factor, type Weights } from "@/lib/domain/factors";
import { useFormat } from "@/lib/i18n/use-format";
import { percentShares } from "./percent-shares";
import { rebalanceSliders, SLIDER_MAX, slidersFromWeights } from "./rebalance-sliders";
import styles from "./advisor.module.css";

export type ScoringMethod = (typeof SCORING_METHODS)[number];

const STUDY = WEIGHT_PRESETS[0]!;

function sameShares(a: Weights, b: Weights): boolean {
  const sa = percentShares(FACTORS.map((f) => a[f]));
  const sb = percentShares(FACTORS.map((f) => b[f]));
  return sa.every((x, i) => x === sb[i]);
}

type Props = {
  /** Percentages summing to 100 (rebalanceSliders / slidersFromWeights), to 0.1. */
  sliders: Weights;
  /** New positions; `exact` carries a preset's unrounded weights so its ratios stay exact. */
  onSlidersChange: (next: Weights, exact?: Weights) => void;
  method: ScoringMethod;
  onMethodChange: (m: ScoringMethod) => void;
  id?: string;
};

/**
 * Five factor sliders holding the weights' percentages (0–100 each, always summing to exactly
 * 100): moving one rescales the others in proportion, so every thumb sits where its label says.
 * Weight presets, a reset to the study's ranking, and the scoring-method switch. Every change
 * re-ranks live (the parent defers the heavy work).
 */
export function WeightsPanel({ sliders, onSlidersChange, method, onMethodChange, id }: Props) {
  const t = useTranslations("advisor.weights");
  const baseId = useId();
  // The positions are already shares to 0.1 summing to 100; this only re-rounds a stray input.
  const shares = percentShares(FACTORS.map((f) => sliders[f]));
  const format = useFormat();
  const shareText = (i: number) => `${format.number(shares[i] ?? 0, "score")}%`;

  const set = (f: Factor, value: number) => {
    if (!Number.isFinite(value)) return;
    onSlidersChange(rebalanceSliders(sliders, f, value));
  };

  // Arrow keys move a whole point (the input's step is 0.1 so presets sit exactly); Page keys ten.
  const onKey = (f: Factor) => (e: KeyboardEvent<HTMLInputElement>) => {
    const delta: Record<string, number> = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1, PageUp: 10, PageDown: -10 };
    const d = delta[e.key];
    if (d === undefined) return;
    e.preventDefault();
    set(f, Math.round(sliders[f]) + d);
  };

  return (
    <section id={id} className={`card ${styles.weights}`} aria-labelledby={`${baseId}-h`} tabIndex={-1}>
      <div className={`split-row ${styles.panelHead}`}>
        <h2 id={`${baseId}-h`} className={styles.panelTitle}>
          {t("heading")}
        </h2>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => onSlidersChange(slidersFromWeights(STUDY.weights), STUDY.weights)}
        >
          {t("reset")}
        </button>
      </div>
      <p className={`muted small ${styles.tightP}`}>{t("intro")}</p>

      <div className={`chips--compact ${styles.presetRow}`} role="group" aria-label={t("presetsLabel")}>
        {WEIGHT_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="chip-button"
            aria-pressed={sameShares(sliders, p.weights)}
            onClick={() => onSlidersChange(slidersFromWeights(p.weights), p.weights)}
          >
            {t(`preset.${p.id}`)}
          </button>
        ))}
      </div>

      <div className={styles.mixBar} aria-hidden="true" title={t("mix")}>
        {FACTORS.map((f, i) => (
          <span key={f} className={styles[`mix_${f}`]} style={{ width: `${shares[i] ?? 0}%` }} />
        ))}
      </div>

      <ul className={styles.sliderList}>
        {FACTORS.map((f, i) => {
          const id = `${baseId}-${f}`;
          return (
            <li key={f} className={styles.sliderRow}>
              <label htmlFor={id} className={styles.sliderLabel}>
                <span className={`${styles.swatch} ${styles[`mix_${f}`]}`} aria-hidden="true" />
                {t(`factor.${f}`)}
              </label>
              <output htmlFor={id} className={`num ${styles.sliderValue}`}>
                {shareText(i)}
              </output>
              <input
                id={id}
                type="range"
                className={`range-input ${styles.range}`}
                min={0}
                max={SLIDER_MAX}
                step={0.1}
                value={shares[i] ?? 0}
                aria-valuetext={shareText(i)}
                onChange={(e) => set(f, e.currentTarget.valueAsNumber)}
                onKeyDown={onKey(f)}
                style={{ ["--fill" as string]: `${shares[i] ?? 0}%` }}
              />
            </li>
          );
        })}
      </ul>

      <fieldset className={styles.methodSet}>
        <legend className={styles.methodLegend}>{t("method")}</legend>
        <div className={styles.segmented}>
          {SCORING_METHODS.map((m) => (
            <label key={m} className={styles.segment}>
              <input type="radio" name={`${baseId}-method`} value={m} checked={method === m} onChange={() => onMethodChange(m)} />
              <span>{t(`methodOption.${m}`)}</span>
            </label>
          ))}
        </div>
        <p className="muted small">{t(`methodHint.${method}`)}</p>
      </fieldset>

      <p className={`small muted ${styles.note}`}>{t("note")}</p>
    </section>
  );
}
