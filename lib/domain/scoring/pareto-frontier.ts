import { FACTORS, type Factor, type Weights } from "@/lib/domain/factors";

/** One option on the value-for-money plane: what it costs (any unit, lower is better) and what it is worth (higher is better). */
export type ValuePoint = { id: string; cost: number; value: number };

/** `a` dominates `b`: no more expensive, no less valuable, and strictly better on at least one of the two. */
export function dominates(a: ValuePoint, b: ValuePoint): boolean {
  return a.cost <= b.cost && a.value >= b.value && (a.cost < b.cost || a.value > b.value);
}

/** Cost ascending, then value descending, then id ascending: the deterministic order of the sweep and the output. */
function sweepOrder(a: ValuePoint, b: ValuePoint): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.value !== b.value) return b.value - a.value;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The Pareto frontier of cost (minimise) against value (maximise): the ids of the points that no other point
 * dominates (see `dominates`), sorted by cost ascending (ties: value descending, then id ascending), so along the
 * result cost rises and value strictly rises except between exact duplicates.
 *
 * Ties: points with the same cost and value do not dominate each other, so exact duplicates are ALL on the frontier
 * (consecutive, by id). A point with the same cost but lower value, or the same value but higher cost, than another
 * point is dominated. Every point off the frontier is dominated by at least one frontier point.
 *
 * Input: any number of points with finite cost and value (units are the caller's; negative values are allowed).
 * Ids should be unique; a repeated id is reported as often as it is on the frontier. Empty input → [].
 * Throws a RangeError for a non-finite cost or value (a caller bug, not a user error). O(n log n).
 */
export function paretoFrontier(points: readonly ValuePoint[]): string[] {
  for (const p of points) {
    if (!Number.isFinite(p.cost) || !Number.isFinite(p.value)) {
      throw new RangeError(`paretoFrontier: point "${p.id}" has a non-finite cost (${p.cost}) or value (${p.value})`);
    }
  }
  const sorted = [...points].sort(sweepOrder);
  const frontier: string[] = [];
  let last: ValuePoint | undefined;
  for (const p of sorted) {
    // Everything before p costs no more than p. p survives if it is strictly more valuable than the best so far
    // (the last frontier point holds the best value), or is an exact duplicate of that point.
    if (last === undefined || p.value > last.value || (p.value === last.value && p.cost === last.cost)) {
      frontier.push(p.id);
      last = p;
    }
  }
  return frontier;
}

/** The factors other than price, in FACTORS order. */
export const NON_PRICE_FACTORS: readonly Exclude<Factor, "price">[] = FACTORS.filter((f): f is Exclude<Factor, "price"> => f !== "price");

/**
 * The "non-price" score of an option, 0–100: the weighted mean of its four non-price factor scores (security,
 * performance, approval, ux) with their weights renormalised to sum 1, i.e.
 *   Σ_{f ≠ price} w_f · s_f / Σ_{f ≠ price} w_f.
 * It is the y axis of the value-for-money chart, where price enters as the x axis (total cost) instead.
 *
 * Input: factor scores on 0–100 and non-negative weights (any scale; they need not sum to 1).
 * Edge case: when every non-price weight is 0 (all weight on price), the plain mean of the four scores is returned, so
 * the chart still separates options. Throws a RangeError for a negative or non-finite weight or score.
 */
export function nonPriceScore(factors: Readonly<Record<Factor, number>>, weights: Readonly<Weights>): number {
  let weighted = 0;
  let weightSum = 0;
  let plain = 0;
  for (const f of NON_PRICE_FACTORS) {
    const w = weights[f];
    const s = factors[f];
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`nonPriceScore: weight for ${f} must be finite and ≥ 0, got ${String(w)}`);
    if (!Number.isFinite(s)) throw new RangeError(`nonPriceScore: score for ${f} must be finite, got ${String(s)}`);
    weighted += w * s;
    weightSum += w;
    plain += s;
  }
  return weightSum > 0 ? weighted / weightSum : plain / NON_PRICE_FACTORS.length;
}
