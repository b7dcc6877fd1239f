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

describe("excluded options in the answer", () => {
  // hk: over budget (costed); sg: outside the residency rule (not costed).
  const excludedRec = recommend(
    makeNeeds({ residency: "hk-only", budgetHkd: 1_000 }),
    DEFAULT_WEIGHTS,
    makeCatalogue({ offers: [makeOffer({ id: "hk" }), makeOffer({ id: "sg", location: { country: "SG", jurisdiction: "SG", label: "Singapore" } })] }),
    { referenceDate: TEST_AS_OF },
  );
  const res = recommendResponse(excludedRec, "zh-HK");

  it("carries every field the engine returns, money spelled HKD, each reason with its sentence", () => {
    expect(excludedRec.excluded.map((e) => e.offerId)).toEqual(["hk", "sg"]);
    excludedRec.excluded.forEach((engine, i) => {
      const sent = res.excluded[i]!;
      const expectedKeys = Object.keys(engine).map((k) => (k === "costHkd" ? "costHKD" : k));
      expect(Object.keys(sent).sort()).toEqual(expectedKeys.sort());
      expect(sent.ruleChecks).toEqual(engine.ruleChecks);
      expect(sent.reasons.map(({ code, params }) => ({ code, params }))).toEqual(engine.reasons);
      for (const r of sent.reasons) expect(r.text.length).toBeGreaterThan(0);
    });
    expect(res.excluded[0]!.costHKD).toBe(excludedRec.excluded[0]!.costHkd);
    expect(res.excluded[0]!.reasons[0]!.code).toBe("exclude.budget");
    expect(res.excluded[1]).not.toHaveProperty("costHKD");
    expect(res.excluded[1]!.reasons.map((r) => r.code)).toContain("exclude.residency");
  });

  it("a ranked option carries every field the engine returns (money spelled HKD), reasons as cost notes then each factor's", () => {
    const full = recommendResponse(rec, "en");
    const renamed: Record<string, string> = { costHkd: "costHKD", monthlyCostHkd: "monthlyCostHKD", costRangeHkd: "costRangeHKD" };
    rec.ranked.forEach((engine, i) => {
      const sent = full.ranked[i]!;
      expect(Object.keys(sent).sort()).toEqual(Object.keys(engine).map((k) => renamed[k] ?? k).sort());
      expect(Object.keys(sent.factorDetails)).toEqual(Object.keys(engine.factorDetails));
      const d = engine.factorDetails;
      const order = [...engine.reasons, ...d.price.reasons, ...d.security.reasons, ...d.performance.reasons, ...d.approval.reasons, ...d.ux.reasons];
      expect(sent.reasons.map(({ code, params }) => ({ code, params }))).toEqual(order);
      expect(sent.ruleChecks).toEqual(engine.ruleChecks);
      expect(sent.rangeDrivers).toEqual(engine.rangeDrivers);
    });
  });

  it("each ranked reason keeps its code and params and gains its sentence", () => {
    const full = recommendResponse(rec, "en");
    rec.ranked.forEach((engine, i) => {
      const price = full.ranked[i]!.factorDetails.price!.reasons;
      expect(price.map(({ code, params }) => ({ code, params }))).toEqual(engine.factorDetails.price.reasons);
      expect(price.length).toBeGreaterThan(0);
      for (const r of price) expect(r.text).not.toMatch(/\{|\}/);
    });
  });
});
