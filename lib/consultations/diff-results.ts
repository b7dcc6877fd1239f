import type { Recommendation } from "@/lib/domain/scoring/recommend";

export type OptionChange = {
  offerId: string;
  provider: string;
  name: string;
  /** null = not ranked (excluded or absent) in that result. */
  rankBefore: number | null;
  rankAfter: number | null;
  costHkdBefore: number | null;
  costHkdAfter: number | null;
  totalBefore: number | null;
  totalAfter: number | null;
  kind: "unchanged" | "changed" | "now-ranked" | "now-excluded" | "new" | "removed";
};

export type ResultDiff = {
  catalogueBefore: string;
  catalogueAfter: string;
  changes: OptionChange[];
  /** How many options changed rank, cost or total, or entered / left the ranking. */
  changedCount: number;
};

// Cost differences below half a Hong Kong cent are rounding, not change.
const COST_EPSILON_HKD = 0.005;

/**
 * What "recompute with today's catalogue" would change: for every option in either result,
 * its rank, total and cost before and after. Sorted by the new rank (unranked last), then id.
 */
export function diffResults(before: Recommendation, after: Recommendation): ResultDiff {
  const ids = new Set<string>();
  const index = (rec: Recommendation) => {
    const ranked = new Map(rec.ranked.map((r) => [r.offerId, r]));
    const excluded = new Map(rec.excluded.map((e) => [e.offerId, e]));
    for (const id of [...ranked.keys(), ...excluded.keys()]) ids.add(id);
    return { ranked, excluded };
  };
  const b = index(before);
  const a = index(after);
  const changes: OptionChange[] = [...ids].map((offerId) => {
    const rb = b.ranked.get(offerId);
    const ra = a.ranked.get(offerId);
    const any = ra ?? rb ?? a.excluded.get(offerId) ?? b.excluded.get(offerId)!;
    const inBefore = rb !== undefined || b.excluded.has(offerId);
    const inAfter = ra !== undefined || a.excluded.has(offerId);
    let kind: OptionChange["kind"];
    if (!inBefore) kind = "new";
    else if (!inAfter) kind = "removed";
    else if (rb && !ra) kind = "now-excluded";
    else if (!rb && ra) kind = "now-ranked";
    else if (rb && ra && (rb.rank !== ra.rank || Math.abs(rb.costHkd - ra.costHkd) > COST_EPSILON_HKD || rb.total !== ra.total))
      kind = "changed";
    else kind = "unchanged";
    return {
      offerId,
      provider: any.provider,
      name: any.name,
      rankBefore: rb?.rank ?? null,
      rankAfter: ra?.rank ?? null,
      costHkdBefore: rb?.costHkd ?? null,
      costHkdAfter: ra?.costHkd ?? null,
      totalBefore: rb?.total ?? null,
      totalAfter: ra?.total ?? null,
      kind,
    };
  });
  changes.sort(
    (x, y) =>
      (x.rankAfter ?? Infinity) - (y.rankAfter ?? Infinity) ||
      (x.rankBefore ?? Infinity) - (y.rankBefore ?? Infinity) ||
      (x.offerId < y.offerId ? -1 : 1),
  );
  return {
    catalogueBefore: before.catalogueVersion,
    catalogueAfter: after.catalogueVersion,
    changes,
    changedCount: changes.filter((c) => c.kind !== "unchanged").length,
  };
}
