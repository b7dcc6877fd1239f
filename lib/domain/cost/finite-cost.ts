import type { CostEstimate } from "./estimate-cost";

/**
 * Whether every figure of an estimate is a finite number. The schema bounds keep validated
 * needs far from overflow, but the engine does not rely on that: an estimate with a NaN or
 * an infinity (1e308 × an exchange rate, a division by a denormal) is refused, not ranked,
 * because `NaN > budget` is false and such an offer would otherwise pass any budget.
 */
export function isFiniteCost(cost: CostEstimate): boolean {
  const figures = [
    cost.totalHkd,
    cost.monthlyHkd,
    cost.effectiveHours,
    cost.neededHours,
    cost.billedHours,
    cost.priceHkdPerHour,
    cost.listPriceHkdPerHour,
    cost.hkdPerEffectiveHour,
    ...cost.lines.map((l) => l.amountHkd),
  ];
  return figures.every(Number.isFinite);
}
