import { FACTORS } from "@/lib/domain/factors";
import { round2 } from "./factor-score";
import { compareRanked, type Recommendation } from "./recommend";
import { topsisCloseness } from "./topsis";

/**
 * Re-ranks a weighted-sum recommendation by TOPSIS: the five factor scores of the feasible
 * options form the decision matrix (all benefit criteria), vector-normalised and weighted;
 * total = 100 × closeness to the ideal. Unlike the fixed-scale weighted sum, TOPSIS depends
 * on which options are in the list, so adding or removing one can reorder the others.
 * Same tie-break (total, cost, id). With fewer than two feasible options it is the identity
 * except for the method label (closeness is undefined for one option; its total is kept).
 */
export function rankByTopsis(rec: Recommendation): Recommendation {
  if (rec.ranked.length < 2) return { ...rec, method: "topsis" };
  const matrix = rec.ranked.map((r) => FACTORS.map((f) => r.factors[f]));
  const closeness = topsisCloseness(
    matrix,
    FACTORS.map((f) => rec.weights[f]),
    FACTORS.map(() => "benefit" as const),
  );
  const ranked = rec.ranked.map((r, i) => ({ ...r, total: round2(100 * (closeness[i] ?? 0)) })).sort(compareRanked);
  ranked.forEach((r, i) => {
    r.rank = i + 1;
  });
  return { ...rec, method: "topsis", ranked };
}
