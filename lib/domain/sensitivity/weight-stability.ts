export type WeightInterval = { lower: number; upper: number };

/** Weights must sum to 1 within this tolerance (they are then used as given). */
const WEIGHT_SUM_TOLERANCE = 1e-9;

function validate(scores: readonly (readonly number[])[], weights: readonly number[]): void {
  const n = weights.length;
  if (n === 0) throw new Error("weights must not be empty");
  if (scores.length === 0) throw new Error("scores must contain at least one option");
  weights.forEach((w, j) => {
    if (!Number.isFinite(w) || w < 0) throw new Error(`weights[${j}] = ${String(w)} must be finite and ≥ 0`);
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (Math.abs(total - 1) > WEIGHT_SUM_TOLERANCE) throw new Error(`weights must sum to 1, got ${total}`);
  scores.forEach((row, i) => {
    if (row.length !== n) throw new Error(`scores row ${i} has ${row.length} values, expected ${n}`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new Error(`scores[${i}][${j}] = ${String(v)} is not finite`);
    });
  });
}

/**
 * Weighted-sum (SAW) totals and the leading option (docs/method.md §5(c)).
 *
 * Input: `scores[i][j]` = normalised, direction-corrected score of option i on criterion j (e.g. 0–100, higher is
 * better); `weights[j]` ≥ 0 summing to 1 (within 1e-9).
 * Output: `totals[i]` = Σ_j w_j scores[i][j] (same unit as the scores) and `leader` = index of the highest total,
 * ties broken by the lowest index.
 * Throws for empty input, ragged rows, non-finite values or weights that do not sum to 1.
 */
export function weightedSumLeader(
  scores: readonly (readonly number[])[],
  weights: readonly number[],
): { totals: number[]; leader: number } {
  validate(scores, weights);
  const totals = scores.map((row) => row.reduce((sum, v, j) => sum + weights[j]! * v, 0));
  let leader = 0;
  totals.forEach((total, i) => {
    if (total > totals[leader]!) leader = i;
  });
  return { totals, leader };
}

/**
 * Weight-stability interval of each criterion for the weighted-sum leader, under proportional rescaling
 * (docs/method.md §5(f)).
 *
 * Input: as `weightedSumLeader` (scores 0–100, higher is better; weights sum to 1).
 * Output: for each criterion j, the closed interval [lower, upper] ⊆ [0, 1] of values t for w_j over which the
 * current leader a* stays first when the other weights are rescaled proportionally,
 * w_k(t) = w_k (1 − t)/(1 − w_j), so that they keep their ratios and sum to 1 − t. It always contains the
 * current w_j.
 *
 * Method (exact, O(mn) per criterion): with R_i = Σ_{k≠j} w_k v_ik / Σ_{k≠j} w_k, every total is linear in t,
 * S_i(t) = t v_ij + (1 − t) R_i, so each competitor b gives one linear inequality
 * d_b(t) = S_a*(t) − S_b(t) ≥ 0 whose root bounds t from above (a* loses as w_j grows) or below. Lines with zero
 * slope never bind. At an endpoint a* ties with a competitor: it still leads there if that competitor has a higher
 * index, and loses the lowest-index tie-break otherwise (the interval is reported closed either way).
 *
 * Edge cases: a single option → [0, 1] for every criterion. If all other weights are zero (w_j = 1), proportional
 * rescaling is undefined (0/0); we then spread 1 − t equally over the other criteria (R_i = their plain mean),
 * the neutral direction. With a single criterion the only feasible weight is 1 → [1, 1].
 * Throws as `weightedSumLeader`.
 */
export function weightStabilityIntervals(scores: readonly (readonly number[])[], weights: readonly number[]): WeightInterval[] {
  const { leader } = weightedSumLeader(scores, weights);
  const n = weights.length;
  if (n === 1) return [{ lower: 1, upper: 1 }];
  const best = scores[leader]!;

  return weights.map((current, j) => {
    let otherWeight = 0;
    for (let k = 0; k < n; k++) if (k !== j) otherWeight += weights[k]!;
    const rest = (row: readonly number[]): number => {
      let sum = 0;
      for (let k = 0; k < n; k++) {
        if (k === j) continue;
        sum += otherWeight === 0 ? row[k]! / (n - 1) : (weights[k]! * row[k]!) / otherWeight;
      }
      return sum;
    };
    const restBest = rest(best);
    let lower = 0;
    let upper = 1;
    scores.forEach((row, b) => {
      if (b === leader) return;
      const atZero = restBest - rest(row); // D_b = d_b(0)
      const atOne = best[j]! - row[j]!; // Δ_b = d_b(1)
      const slope = atOne - atZero;
      if (slope === 0) return;
      // d_b(t) = d_b(w_j) + (t − w_j)·slope; d_b(w_j) ≥ 0 in exact arithmetic, clamp round-off so that the
      // interval always contains the current weight.
      const now = Math.max(0, atZero + current * slope);
      const root = current - now / slope;
      if (slope < 0) upper = Math.min(upper, root);
      else lower = Math.max(lower, root);
    });
    return { lower: Math.max(0, lower), upper: Math.min(1, upper) };
  });
}
