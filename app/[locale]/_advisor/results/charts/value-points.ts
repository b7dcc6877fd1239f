import type { Family } from "@/lib/catalogue/offer-schema";
import { nonPriceScore, paretoFrontier } from "@/lib/domain/scoring/pareto-frontier";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import type { Weights } from "@/lib/domain/factors";

export type ValueForMoneyPoint = {
  id: string;
  provider: string;
  name: string;
  family: Family;
  rank: number;
  costHkd: number;
  /** Weighted mean of the four non-price factor scores, 0–100. */
  nonPrice: number;
  onFrontier: boolean;
};

export type ValueForMoney = {
  /** Every feasible option, cheapest first (ties by id). */
  points: ValueForMoneyPoint[];
  /** The Pareto frontier (cheaper AND better on the non-price score), cheapest first. */
  frontier: ValueForMoneyPoint[];
};

/** Value-for-money data: total cost against the non-price score for every ranked option, with its Pareto frontier. */
export function valueForMoney(ranked: readonly RankedOption[], weights: Weights): ValueForMoney {
  const base = ranked.map((r) => ({
    id: r.offerId,
    provider: r.provider,
    name: r.name,
    family: r.family,
    rank: r.rank,
    costHkd: r.costHkd,
    nonPrice: nonPriceScore(r.factors, weights),
  }));
  const frontierIds = paretoFrontier(base.map((p) => ({ id: p.id, cost: p.costHkd, value: p.nonPrice })));
  const onFrontier = new Set(frontierIds);
  const points = base
    .map((p) => ({ ...p, onFrontier: onFrontier.has(p.id) }))
    .sort((a, b) => a.costHkd - b.costHkd || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(points.map((p) => [p.id, p]));
  return { points, frontier: frontierIds.map((id) => byId.get(id)!) };
}
