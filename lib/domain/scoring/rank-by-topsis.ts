import { FACTORS } from "@/lib/domain/factors";
import { round2 } from "./factor-score";
import { compareRanked, type RankedOption, type Recommendation } from "./recommend";
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
  for (const r of ranked) r.rankRange = topsisRankRange(r, ranked, rec.weights);
  return { ...rec, method: "topsis", ranked };
}

/**
 * The rank range under TOPSIS, by the same definition as the weighted sum's (docs/method.md §3):
 * best = rank of `target` with its figures at the favourable end and every other option's at
 * the unfavourable end, closeness computed on that matrix; worst = the reverse. TOPSIS depends
 * on the whole matrix, so each bound is one TOPSIS run.
 */
function topsisRankRange(
  target: RankedOption,
  ranked: readonly RankedOption[],
  weights: Recommendation["weights"],
): { best: number; worst: number } {
  const rankAt = (mine: "favourable" | "unfavourable", theirs: "favourable" | "unfavourable") => {
    const rows = ranked.map((r) => (r.offerId === target.offerId ? r.rangeEnds[mine] : r.rangeEnds[theirs]));
    const c = topsisCloseness(
      rows.map((e) => FACTORS.map((f) => e.factors[f])),
      FACTORS.map((f) => weights[f]),
      FACTORS.map(() => "benefit" as const),
    );
    const me = ranked.findIndex((r) => r.offerId === target.offerId);
    const at = (i: number) => ({ offerId: ranked[i]!.offerId, total: round2(100 * (c[i] ?? 0)), costHkd: rows[i]!.costHkd });
    return 1 + ranked.filter((_, i) => i !== me && compareRanked(at(i), at(me)) < 0).length;
  };
  // Keep the point rank inside the bounds even where TOPSIS's set-dependence would push it out.
  return {
    best: Math.min(rankAt("favourable", "unfavourable"), target.rank),
    worst: Math.max(rankAt("unfavourable", "favourable"), target.rank),
  };
}
