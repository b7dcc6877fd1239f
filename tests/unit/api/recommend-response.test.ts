import { describe, expect, it } from "vitest";
import { recommendResponse } from "@/lib/api/recommend-response";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { TEST_AS_OF, makeCatalogue, makeNeeds, makeOffer } from "@/tests/fixtures/builders";

const rec = recommend(
  makeNeeds({ dataSensitivity: "personal" }),
  DEFAULT_WEIGHTS,
  makeCatalogue({
    offers: [
      makeOffer({ id: "hk" }),
      makeOffer({
        id: "sg",
        location: { country: "SG", jurisdiction: "SG", label: "Singapore" },
        price: { perAcceleratorHour: 18 },
        ranges: { "price.perAcceleratorHour": { low: 10, high: 30, reasoning: "synthetic range for the API test" } },
      }),
    ],
  }),
  { referenceDate: TEST_AS_OF },
);

describe("POST /api/recommend answer: the contract plus optional additions", () => {
  const res = recommendResponse(rec, "en");

  it("adds costRangeHKD (API spelling) and rankRange to every ranked option", () => {
    const sg = res.ranked.find((r) => r.offerId === "sg")!;
    expect(sg.costRangeHKD).toEqual({ low: 10_000, high: 30_000 });
    expect(sg.rankRange).toEqual({ best: 1, worst: 2 });
    expect(sg).not.toHaveProperty("costRangeHkd");
    const hk = res.ranked.find((r) => r.offerId === "hk")!;
    expect(hk.costRangeHKD).toEqual({ low: 20_000, high: 20_000 });
  });

  it("keeps the contract's fields and adds rule checks, warnings, freshness and the reference date", () => {
    for (const r of res.ranked) {
      for (const k of ["offerId", "rank", "total", "costHKD", "monthlyCostHKD", "factors", "costBreakdown", "reasons"])
        expect(r).toHaveProperty(k);
      expect(r.ruleChecks.every((c) => c.passed)).toBe(true);
    }
    expect(res.ranked.find((r) => r.offerId === "sg")!.warnings).toMatchObject([{ key: "crossBorder.personal", destination: "SG" }]);
    expect(res.referenceDate).toBe(TEST_AS_OF);
    // The cost summary keeps the API's published names (hours are node-hours when hourUnit says so).
    const hk = res.ranked.find((r) => r.offerId === "hk")!;
    expect(hk.cost).toMatchObject({
      hourUnit: "accelerator-hour",
      effectiveGpuHours: 1000,
      billedAcceleratorHours: 1000,
      priceHkdPerAcceleratorHour: 20,
      hkdPerEffectiveGpuHour: 20,
    });
    expect(hk.cost).not.toHaveProperty("billedHours");
    expect(JSON.parse(JSON.stringify(res))).toEqual(res);
  });
});
