import { HOURS_PER_MONTH } from "../cost/estimate-cost";

/** 12 × 730 = 8,760 hours in a year (the engine's month convention). */
export const HOURS_PER_YEAR = 12 * HOURS_PER_MONTH;

export type CapacityCheck = {
  /** Cards needed to serve the demand at the target utilisation: demand ÷ (8,760 × utilisation). */
  acceleratorsNeeded: number;
  /** Card-hours the installed cards can sell in a year: capacity × 8,760 × utilisation. */
  sellableCardHoursPerYear: number;
  servedCardHoursPerYear: number;
  unmetCardHoursPerYear: number;
  /** Demand exceeds what the capacity can sell. */
  binds: boolean;
};

/**
 * Capacity of a centre with `capacityAccelerators` cards sold at `targetUtilisation` (0–1]
 * against a demand of `demandCardHoursPerYear`. Served = min(demand, sellable); unmet = the rest.
 */
export function capacityCheck(demandCardHoursPerYear: number, capacityAccelerators: number, targetUtilisation: number): CapacityCheck {
  const perCard = HOURS_PER_YEAR * targetUtilisation;
  const sellable = capacityAccelerators * perCard;
  const served = Math.min(demandCardHoursPerYear, sellable);
  return {
    acceleratorsNeeded: perCard > 0 ? demandCardHoursPerYear / perCard : Number.POSITIVE_INFINITY,
    sellableCardHoursPerYear: sellable,
    servedCardHoursPerYear: served,
    unmetCardHoursPerYear: demandCardHoursPerYear - served,
    binds: demandCardHoursPerYear > sellable,
  };
}
