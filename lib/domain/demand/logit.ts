/**
 * Multinomial logit: P_i = exp(V_i) / Σ_k exp(V_k) (McFadden 1974; Train, Discrete Choice
 * Methods with Simulation, ch. 3). The largest utility is subtracted first so that large
 * utilities never overflow; that changes nothing, since adding a constant to every utility
 * leaves the shares unchanged. Empty input → empty output; -Infinity marks an unavailable option.
 */
export function logitShares(utilities: ArrayLike<number>): Float64Array {
  const n = utilities.length;
  const out = new Float64Array(n);
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) if (utilities[i]! > max) max = utilities[i]!;
  if (max === Number.NEGATIVE_INFINITY) return out;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    out[i] = Math.exp(utilities[i]! - max);
    sum += out[i]!;
  }
  for (let i = 0; i < n; i++) out[i] = out[i]! / sum;
  return out;
}

/** Totals are stored as integer hundredths (0–10,000, see batch-scorer.ts). */
export const TOTAL_STEPS = 10_000;

/**
 * exp(λ × total) for every possible total (hundredths of a point, 0–100), so the choice model
 * never calls Math.exp per firm and offer. λ is per point of the engine's 0–100 total.
 */
export function expUtilityTable(lambdaPerPoint: number): Float64Array {
  const t = new Float64Array(TOTAL_STEPS + 1);
  for (let k = 0; k <= TOTAL_STEPS; k++) t[k] = Math.exp((lambdaPerPoint * k) / 100);
  return t;
}
