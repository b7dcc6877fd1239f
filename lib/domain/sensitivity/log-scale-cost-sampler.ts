import type { ScoreSampler } from "./smaa";

export type LogScaleCostSamplerOptions = {
  /** Number of criteria n (row length of the m×n score buffer). */
  criteria: number;
  /** Column holding the cost-based score (0 = price in FACTORS order). */
  costColumn: number;
  /** Half-width of the cost uncertainty in percent: each cost is multiplied by f ~ U(1 − pct/100, 1 + pct/100). */
  pct: number;
  /**
   * worst / best of the fixed log scale the score was computed on (score = 100 · ln(worst/x) / ln(worst/best)); e.g.
   * PRICE_SCALE.gpu: 400 / 4 = 100.
   */
  worstOverBest: number;
  /**
   * Per option (in score-row order), the band its cost factor f is drawn from instead of
   * 1 ± pct/100: [low / point, high / point] of the option's `costRangeHkd` (see
   * `costBands`). An option whose band is a single point ([1, 1], a vendor-priced offer)
   * falls back to ± pct. Omitted → every option uses ± pct.
   */
  bands?: readonly (readonly [number, number])[];
};

/**
 * The cost-factor band of each ranked option from its cost range: [low / cost, high / cost].
 * [1, 1] for an option without a range or with a zero cost (a fully subsidised cost has no
 * ratio; its score stays put).
 */
export function costBands(options: readonly { costHkd: number; costRangeHkd: { low: number; high: number } }[]): [number, number][] {
  return options.map((o) => (o.costHkd > 0 ? [o.costRangeHkd.low / o.costHkd, o.costRangeHkd.high / o.costHkd] : [1, 1]));
}

/** Score scale of the cost column: the log scale runs from 0 (worst) to 100 (best). */
const SCORE_MAX = 100;

/**
 * SMAA measurement model (`ScoreSampler`, docs/method.md §5(e)) for a cost scored on a fixed log scale, such as the price
 * factor (`priceScore`: 100 × (ln worst − ln x) / (ln worst − ln best), clamped to 0–100).
 *
 * Per draw, every option's cost x is multiplied by its own f ~ U(1 − pct/100, 1 + pct/100), which moves its score by
 * exactly −100 · ln f / ln(worst/best), clamped to 0–100 again. (smaa's built-in `costPerturbation` divides the score
 * by f instead, which is exact only for a score proportional to 1/cost and here would overstate the spread: ±50% on a
 * score of 60 gives 40–120 instead of 51–69.) A score already at 0 or 100 is treated as sitting at that end of the
 * scale; the cost behind a clamped score is not known.
 *
 * With `bands`, an option with an estimate range draws f ~ U(low / cost, high / cost) instead (docs/method.md §3), so
 * the default SMAA run samples prices within the catalogue's ranges.
 *
 * Input: as `LogScaleCostSamplerOptions`; pct in [0, 100), worstOverBest > 1. Uses one deviate of `random` per option
 * and draw, so results stay reproducible with smaa's seed.
 * Throws for an invalid option (bad column, pct out of range, scale ratio ≤ 1).
 */
export function logScaleCostSampler({ criteria, costColumn, pct, worstOverBest, bands }: LogScaleCostSamplerOptions): ScoreSampler {
  if (!Number.isInteger(criteria) || criteria < 1) throw new Error(`criteria must be a positive integer, got ${String(criteria)}`);
  if (!Number.isInteger(costColumn) || costColumn < 0 || costColumn >= criteria) {
    throw new Error(`costColumn ${String(costColumn)} is not a criterion index 0..${criteria - 1}`);
  }
  if (!Number.isFinite(pct) || pct < 0 || pct >= 100) throw new Error(`pct must be in [0, 100), got ${String(pct)}`);
  if (!Number.isFinite(worstOverBest) || worstOverBest <= 1) {
    throw new Error(`worstOverBest must be a finite ratio > 1, got ${String(worstOverBest)}`);
  }
  for (const [low, high] of bands ?? []) {
    if (!(low > 0) || !(high >= low) || !Number.isFinite(high))
      throw new Error(`a cost band must satisfy 0 < low ≤ high, got [${String(low)}, ${String(high)}]`);
  }
  const halfWidth = pct / 100;
  const pointsPerLog = SCORE_MAX / Math.log(worstOverBest);
  return (random, out) => {
    for (let cell = costColumn, option = 0; cell < out.length; cell += criteria, option++) {
      const band = bands?.[option];
      const u = random();
      const factor = band && band[1] > band[0] ? band[0] + (band[1] - band[0]) * u : 1 + halfWidth * (2 * u - 1);
      const score = out[cell]! - pointsPerLog * Math.log(factor);
      out[cell] = score < 0 ? 0 : score > SCORE_MAX ? SCORE_MAX : score;
    }
  };
}
