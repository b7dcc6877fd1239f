import { describe, expect, it } from "vitest";
import { recommend, type Recommendation } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { ALL_FIGURES_SOURCE, TEST_AS_OF, makeCatalogue, makeNeeds, makeOffer } from "@/tests/fixtures/builders";

/**
 * A hand-made three-offer catalogue. Needs: 1,000 GPU-hours in one month; the offers differ
 * only in price (HKD per GPU-hour), so every other factor scores the same and the ranking
 * is by cost:
 *
 *   offer   point   range (estimate)   cost point   cost low – high
 *   a       20      none (vendor)      20,000       20,000 – 20,000
 *   b       18      12 – 30            18,000       12,000 – 30,000
 *   c       25      22 – 26            25,000       22,000 – 26,000
 *
 * Point ranking: b (18k) 1, a (20k) 2, c (25k) 3.
 * best(x)  = 1 + #others that still beat x when x is at its low end and they at their high end;
 * worst(x) = 1 + #others that beat x when x is at its high end and they at their low end.
 *   a: best: b@30k, c@26k both lose to a@20k → 1;   worst: b@12k beats a@20k, c@22k does not → 2.
 *   b: best: a@20k, c@26k lose to b@12k → 1;        worst: a@20k and c@22k beat b@30k → 3.
 *   c: best: a@20k beats c@22k, b@30k does not → 2;  worst: a@20k, b@12k beat c@26k → 3.
 */
const estimate = (covers: string[]) => ({
  url: "https://example.com/estimate",
  asOf: "2026-06-01",
  madeOn: "2026-11-01",
  basis: "estimate" as const,
  covers,
  note: "our estimate from public figures, for the test",
});
const ranged = (id: string, price: number, low: number, high: number) =>
  makeOffer({
    id,
    price: { perAcceleratorHour: price },
    ranges: { "price.perAcceleratorHour": { low, high, reasoning: "hand-made range for the rank-range test" } },
    sources: [
      { ...ALL_FIGURES_SOURCE, covers: ALL_FIGURES_SOURCE.covers.filter((c) => c !== "price.perAcceleratorHour") },
      estimate(["price.perAcceleratorHour"]),
    ],
  });

const rec: Recommendation = recommend(
  makeNeeds({ gpuHoursPerMonth: 1000, durationMonths: 1 }),
  DEFAULT_WEIGHTS,
  makeCatalogue({ offers: [makeOffer({ id: "a", price: { perAcceleratorHour: 20 } }), ranged("b", 18, 12, 30), ranged("c", 25, 22, 26)] }),
  { referenceDate: TEST_AS_OF },
);
const row = (id: string) => rec.ranked.find((r) => r.offerId === id)!;

describe("cost range and rank range from estimate ranges (worked by hand above)", () => {
  it("ranks by the point values", () => {
    expect(rec.ranked.map((r) => [r.offerId, r.rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 3],
    ]);
  });

  it.each([
    ["a", { low: 20_000, high: 20_000 }, { best: 1, worst: 2 }],
    ["b", { low: 12_000, high: 30_000 }, { best: 1, worst: 3 }],
    ["c", { low: 22_000, high: 26_000 }, { best: 2, worst: 3 }],
  ])("%s: cost %j, rank %j", (id, cost, rank) => {
    expect(row(id).costRangeHkd).toEqual(cost);
    expect(row(id).rankRange).toEqual(rank);
  });

  it("names the estimate that drives the range; a vendor-priced offer has none", () => {
    expect(row("b").rangeDrivers).toMatchObject([{ path: "price.perAcceleratorHour", costLowHkd: 12_000, costHighHkd: 30_000 }]);
    expect(row("a").rangeDrivers).toEqual([]);
  });

  it("keeps every rank inside its range", () => {
    for (const r of rec.ranked) {
      expect(r.rankRange.best).toBeLessThanOrEqual(r.rank);
      expect(r.rank).toBeLessThanOrEqual(r.rankRange.worst);
    }
  });
});
