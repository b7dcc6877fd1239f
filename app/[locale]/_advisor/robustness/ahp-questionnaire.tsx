"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { ahpWeights, CONSISTENCY_RATIO_LIMIT, mostInconsistentJudgement } from "@/lib/domain/weights/ahp-weights";
import { FACTORS, type Factor, type Weights } from "@/lib/domain/factors";
import { useFormat } from "@/lib/i18n/use-format";
import { percentShares } from "../percent-shares";
import { AHP_POSITION_MAX, FACTOR_PAIRS, intensityOf, matrixFromPositions, pairIndex, positionFromJudgement } from "./ahp-scale";
import styles from "./robustness.module.css";
import { labelOr } from "@/lib/i18n/label-or";

export type AhpQuestionnaireProps = {
  /** Called with the AHP weights (summing to 1) when the user chooses "Use these weights". */
  onApply: (weights: Weights) => void;
};

const EQUAL_POSITIONS: readonly number[] = FACTOR_PAIRS.map(() => 0);

/**
 * "Set weights by pairwise comparison": Saaty's ten pairwise questions for the five factors (docs/method.md §5(b)), each a
 * 17-step slider from "first factor extremely more important" through "equal" to "second factor extremely more
 * important". Shows the live AHP weights and consistency ratio; above CR 0.10 it names the least consistent answer
 * and offers its suggested value in one click.
 *
 * "Use these weights" stays enabled above the CR limit, with a warning: the eigenvector weights are well defined
 * whatever the CR, a disabled button cannot explain itself to keyboard and screen-reader users, and a firm may hold
 * mildly intransitive views on purpose. The warning and the one-click fix steer towards consistency instead.
 * The answers are local state and start at "equal"; applying hands the weights to the parent and keeps the answers.
 */
export function AhpQuestionnaire({ onApply }: AhpQuestionnaireProps) {
  const t = useTranslations("robustness");
  const baseId = useId();
  const [positions, setPositions] = useState<readonly number[]>(EQUAL_POSITIONS);
  const [applied, setApplied] = useState(false);

  const matrix = useMemo(() => matrixFromPositions(positions), [positions]);
  const { weights, cr } = useMemo(() => ahpWeights(matrix), [matrix]);
  const inconsistent = cr > CONSISTENCY_RATIO_LIMIT;
  const worst = useMemo(() => (inconsistent ? mostInconsistentJudgement(matrix) : null), [inconsistent, matrix]);
  const shares = percentShares(weights);

  const format = useFormat();

  const factorAt = (index: number): Factor => FACTORS[index]!;
  /** The plain-language reading of a slider position for the pair (i, j). */
  const sentence = (i: number, j: number, position: number) => {
    if (position === 0) return t("ahp.equal", { a: t(`factor.${factorAt(i)}`), b: t(`factorInSentence.${factorAt(j)}`) });
    const [winner, loser] = position < 0 ? [i, j] : [j, i];
    return t("ahp.more", {
      a: t(`factor.${factorAt(winner)}`),
      b: t(`factorInSentence.${factorAt(loser)}`),
      intensity: labelOr(t, `ahp.intensity.i${intensityOf(position)}`),
    });
  };

  const setPosition = (k: number, value: number) => {
    setPositions((prev) => prev.map((p, index) => (index === k ? value : p)));
    setApplied(false);
  };

  const apply = () => {
    const record = Object.fromEntries(FACTORS.map((f, j) => [f, weights[j] ?? 0])) as Weights;
    onApply(record);
    setApplied(true);
  };

  const worstIndex = worst ? pairIndex(worst.i, worst.j) : -1;
  const worstSuggested = worst ? positionFromJudgement(worst.suggested) : 0;
  const canSuggest = worst !== null && worstIndex >= 0 && worstSuggested !== positions[worstIndex];

  return (
    <details className={`card ${styles.ahp}`} data-testid="ahp-questionnaire">
      <summary className={styles.ahpSummary}>
        <span className={styles.ahpSummaryTitle}>{t("ahp.summary")}</span>
        <span className={styles.ahpSummaryHint}>{t("ahp.summaryHint")}</span>
      </summary>
      <div className={styles.ahpBody}>
        <p className={`small muted ${styles.tight}`}>{t("ahp.intro")}</p>

        <ol className={styles.pairList} aria-label={t("ahp.questionsLabel")}>
          {FACTOR_PAIRS.map(([i, j], k) => {
            const id = `${baseId}-pair-${k}`;
            const position = positions[k] ?? 0;
            const text = sentence(i, j, position);
            const a = t(`factor.${factorAt(i)}`);
            const b = t(`factor.${factorAt(j)}`);
            return (
              <li key={`${i}-${j}`} className={`${styles.pair} ${k === worstIndex ? styles.pairFlagged : ""}`}>
                <label htmlFor={id} className="visually-hidden">
                  {t("ahp.pair", { a, b })}
                </label>
                <div className={styles.pairEnds} aria-hidden="true">
                  <span className={position < 0 ? styles.endActive : undefined}>{a}</span>
                  <span className={position > 0 ? styles.endActive : undefined}>{b}</span>
                </div>
                <input
                  id={id}
                  type="range"
                  className={`range-input ${styles.pairRange}`}
                  min={-AHP_POSITION_MAX}
                  max={AHP_POSITION_MAX}
                  step={1}
                  value={position}
                  aria-valuetext={text}
                  aria-describedby={`${id}-text`}
                  onChange={(e) => setPosition(k, e.currentTarget.valueAsNumber)}
                />
                <div className={styles.ticks} aria-hidden="true">
                  <span>{t("ahp.tickExtreme")}</span>
                  <span>{t("ahp.tickEqual")}</span>
                  <span>{t("ahp.tickExtreme")}</span>
                </div>
                <p id={`${id}-text`} className={styles.pairText}>
                  {text}
                </p>
              </li>
            );
          })}
        </ol>

        <div className={styles.ahpResult} data-testid="ahp-result">
          <h3 className={styles.subTitle}>{t("ahp.weightsHeading")}</h3>
          <ul className={styles.weightList}>
            {FACTORS.map((f, j) => (
              <li key={f}>
                <span className={styles.weightName}>{t(`factor.${f}`)}</span>
                <span className={styles.meter} aria-hidden="true">
                  <span style={{ width: `${shares[j] ?? 0}%` }} />
                </span>
                <span className={`num ${styles.weightValue}`} data-testid={`ahp-weight-${f}`}>
                  {format.number(shares[j] ?? 0, "score")}%
                </span>
              </li>
            ))}
          </ul>
          <p className={`${styles.cr} ${inconsistent ? styles.crBad : styles.crGood}`} data-testid="ahp-cr">
            <strong>{t("ahp.cr", { cr: format.number(cr, "fixed2") })}</strong>{" "}
            {inconsistent
              ? t("ahp.crHigh", { cr: format.number(cr, "fixed2"), limit: format.number(CONSISTENCY_RATIO_LIMIT, "fixed2") })
              : t("ahp.crOk", { limit: format.number(CONSISTENCY_RATIO_LIMIT, "fixed2") })}
          </p>
          {worst && worstIndex >= 0 ? (
            <div className={`callout ${styles.worst}`} role="status">
              <p>
                {t("ahp.worst", {
                  a: t(`factor.${factorAt(worst.i)}`),
                  b: t(`factorInSentence.${factorAt(worst.j)}`),
                  current: sentence(worst.i, worst.j, positions[worstIndex] ?? 0),
                  suggested: sentence(worst.i, worst.j, worstSuggested),
                })}
              </p>
              {canSuggest ? (
                <button type="button" className="btn btn--secondary btn--small" onClick={() => setPosition(worstIndex, worstSuggested)}>
                  {t("ahp.useSuggested")}
                </button>
              ) : null}
            </div>
          ) : null}
          <div className={styles.applyRow}>
            <button type="button" className="btn" onClick={apply} aria-describedby={`${baseId}-apply-hint`}>
              {t("ahp.apply")}
            </button>
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => {
                setPositions(EQUAL_POSITIONS);
                setApplied(false);
              }}
            >
              {t("ahp.reset")}
            </button>
          </div>
          <p id={`${baseId}-apply-hint`} className={styles.hint}>
            {inconsistent ? t("ahp.applyWarning") : t("ahp.applyHint")}
          </p>
          <p role="status" className={styles.appliedStatus}>
            {applied ? t("ahp.applied") : ""}
          </p>
        </div>
      </div>
    </details>
  );
}
