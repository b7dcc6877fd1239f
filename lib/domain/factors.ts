/**
 * The factors, their weights and normalisation: the one home of the factor ids.
 */

/**
 * The five factors firms rank when choosing a (super)computing provider, in the survey's order of importance
 * (the study in study-figures.ts, "選擇超算中心的首五個因素").
 */
export const FACTORS = ["price", "security", "performance", "approval", "ux"] as const;
export type Factor = (typeof FACTORS)[number];
/** Dimensionless criterion weights, one per factor; after `normaliseWeights` they are ≥ 0 and sum to 1. */
export type Weights = Record<Factor, number>;
/** Rank of each factor, 1 = most important; equal ranks are ties (see `rankOrderWeights`). */
export type FactorRanks = Record<Factor, number>;

/**
 * Validates and rescales weights to sum to 1.
 *
 * Input: any subset of the factors with finite, non-negative weights in any unit (percentages, points, 0–1); a
 * missing factor counts as 0. Output: a full `Weights` record summing to 1, proportions unchanged.
 * Throws (naming the factor) for an unknown key, a non-finite or negative weight, or when every weight is zero.
 */
export function normaliseWeights(weights: Partial<Weights>): Weights {
  for (const key of Object.keys(weights)) {
    if (!(FACTORS as readonly string[]).includes(key)) {
      throw new Error(`normaliseWeights: unknown factor "${key}" (expected one of ${FACTORS.join(", ")})`);
    }
  }
  let total = 0;
  for (const factor of FACTORS) {
    const w = weights[factor] ?? 0;
    if (!Number.isFinite(w) || w < 0) {
      throw new Error(`normaliseWeights: weight for ${factor} must be a finite number ≥ 0, got ${String(w)}`);
    }
    total += w;
  }
  if (total === 0) throw new Error("normaliseWeights: at least one weight must be positive");
  const result = {} as Weights;
  for (const factor of FACTORS) result[factor] = (weights[factor] ?? 0) / total;
  return result;
}
