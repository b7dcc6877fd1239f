import { describe, expect, it } from "vitest";
import { capacityCheck, HOURS_PER_YEAR } from "@/lib/domain/demand/capacity";

describe("capacityCheck", () => {
  it("a year is 8,760 hours", () => expect(HOURS_PER_YEAR).toBe(8760));

  it.each([
    // demand, cards, utilisation → needed, sellable, served, unmet, binds
    [7008, 10, 0.8, 1, 70_080, 7008, 0, false],
    [140_160, 10, 0.8, 20, 70_080, 70_080, 70_080, true],
    [70_080, 10, 0.8, 10, 70_080, 70_080, 0, false],
    [0, 0, 0.5, 0, 0, 0, 0, false],
    [4380, 0, 0.5, 1, 0, 0, 4380, true],
  ])("demand %d card-h, %d cards at %d → needs %d", (demand, cards, util, needed, sellable, served, unmet, binds) => {
    const c = capacityCheck(demand, cards, util);
    expect(c.acceleratorsNeeded).toBeCloseTo(needed, 10);
    expect(c.sellableCardHoursPerYear).toBeCloseTo(sellable, 6);
    expect(c.servedCardHoursPerYear).toBeCloseTo(served, 6);
    expect(c.unmetCardHoursPerYear).toBeCloseTo(unmet, 6);
    expect(c.binds).toBe(binds);
  });

  it("served + unmet = demand, served ≤ capacity", () => {
    for (const [d, k, u] of [
      [1e6, 100, 0.7],
      [1e3, 1000, 0.9],
      [5e5, 50, 1],
    ] as const) {
      const c = capacityCheck(d, k, u);
      expect(c.servedCardHoursPerYear + c.unmetCardHoursPerYear).toBeCloseTo(d, 6);
      expect(c.servedCardHoursPerYear).toBeLessThanOrEqual(c.sellableCardHoursPerYear + 1e-9);
    }
  });
});
