import { describe, expect, it } from "vitest";
import { estimateCost, type CostEstimate } from "@/lib/domain/cost/estimate-cost";
import { isFiniteCost } from "@/lib/domain/cost/finite-cost";
import { makeCostContext, makeNeeds, makeOffer } from "@/tests/fixtures/builders";

/** A real estimate from the engine for an ordinary offer, so every figure starts finite. */
function ordinaryEstimate(): CostEstimate {
  return estimateCost(makeOffer({ storage: { pricePerTbMonth: 100 } }), makeNeeds({ storageTb: 2 }), makeCostContext());
}

const SCALAR_FIGURES = [
  "totalHkd",
  "monthlyHkd",
  "effectiveHours",
  "neededHours",
  "billedHours",
  "priceHkdPerHour",
  "listPriceHkdPerHour",
  "hkdPerEffectiveHour",
] as const;

describe("isFiniteCost", () => {
  it("accepts an ordinary estimate from the engine", () => {
    const cost = ordinaryEstimate();
    expect(cost.lines.length).toBeGreaterThan(0);
    expect(isFiniteCost(cost)).toBe(true);
  });

  it("accepts an estimate whose figures are all zero", () => {
    const cost = ordinaryEstimate();
    const zeroed: CostEstimate = {
      ...cost,
      ...Object.fromEntries(SCALAR_FIGURES.map((k) => [k, 0])),
      lines: cost.lines.map((l) => ({ ...l, amountHkd: 0 })),
    };
    expect(isFiniteCost(zeroed)).toBe(true);
  });

  describe.each(SCALAR_FIGURES)("refuses a non-finite %s", (figure) => {
    it.each([NaN, Infinity, -Infinity])("%s", (bad) => {
      expect(isFiniteCost({ ...ordinaryEstimate(), [figure]: bad })).toBe(false);
    });
  });

  it.each([NaN, Infinity, -Infinity])("refuses an estimate where one cost line's amount is %s", (bad) => {
    const cost = ordinaryEstimate();
    const lines = cost.lines.map((l, i) => (i === cost.lines.length - 1 ? { ...l, amountHkd: bad } : l));
    expect(isFiniteCost({ ...cost, lines })).toBe(false);
  });

  it("a NaN total is refused even though it would pass a budget comparison", () => {
    const cost = { ...ordinaryEstimate(), totalHkd: NaN };
    expect(cost.totalHkd > 1).toBe(false);
    expect(isFiniteCost(cost)).toBe(false);
  });
});
