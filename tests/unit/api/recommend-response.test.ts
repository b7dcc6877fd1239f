import { describe, expect, it } from "vitest";
import { recommendResponse } from "@/lib/api/recommend-response";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { FACTORS } from "@/lib/domain/factors";
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

  it("keeps the contract's fields and adds warnings and the reference date; rule checks and freshness only in the full answer", () => {
    const full = recommendResponse(rec, "en", undefined, "full");
    expect([res.fields, full.fields]).toEqual(["standard", "full"]);
    for (const answer of [res, full]) {
      for (const k of ["ranked", "excluded", "weights", "catalogueVersion"]) expect(answer).toHaveProperty(k);
      for (const r of answer.ranked)
        for (const k of ["offerId", "provider", "family", "rank", "total", "costHKD", "monthlyCostHKD", "factors", "costBreakdown", "timeToResultDays", "reasons"])
          expect(r).toHaveProperty(k);
    }
    for (const r of res.ranked) {
      expect(r).not.toHaveProperty("ruleChecks");
      expect(r).not.toHaveProperty("freshness");
    }
    rec.ranked.forEach((engine, i) => {
      expect(full.ranked[i]!.ruleChecks).toEqual(engine.ruleChecks);
      expect(full.ranked[i]!.ruleChecks!.every((c) => c.passed)).toBe(true);
      expect(full.ranked[i]!.freshness).toEqual(engine.freshness);
      // What the standard answer leaves out of freshness, flags still name: every stale figure.
      expect(res.ranked[i]!.flags.stale).toEqual(engine.freshness.filter((f) => f.stale).map((f) => f.path));
    });
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
  const res = recommendResponse(excludedRec, "zh-HK", undefined, "full");
  const standard = recommendResponse(excludedRec, "zh-HK");

  it("the standard answer gives each excluded option the rule checks it failed (need and offer side), and its reasons", () => {
    excludedRec.excluded.forEach((engine, i) => {
      const sent = standard.excluded[i]!;
      expect(sent.ruleChecks).toEqual(engine.ruleChecks.filter((c) => !c.passed));
      expect(sent.ruleChecks.length).toBeGreaterThan(0);
      expect(sent.reasons).toEqual(res.excluded[i]!.reasons);
      expect({ ...sent, ruleChecks: [] }).toEqual({ ...res.excluded[i]!, ruleChecks: [] });
    });
  });

  it("the full answer carries every field the engine returns, money spelled HKD, each reason with its sentence", () => {
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

  it("a ranked option carries every field the engine returns (money spelled HKD), each reason once: cost notes, then each factor's, tagged", () => {
    const full = recommendResponse(rec, "en", undefined, "full");
    const renamed: Record<string, string> = { costHkd: "costHKD", monthlyCostHkd: "monthlyCostHKD", costRangeHkd: "costRangeHKD" };
    rec.ranked.forEach((engine, i) => {
      const sent = full.ranked[i]!;
      expect(Object.keys(sent).sort()).toEqual(Object.keys(engine).map((k) => renamed[k] ?? k).sort());
      expect(Object.keys(sent.factorDetails)).toEqual(Object.keys(engine.factorDetails));
      const d = engine.factorDetails;
      const order = [
        ...engine.reasons,
        ...FACTORS.flatMap((f) => d[f].reasons.map((r) => ({ ...r, factor: f }))),
      ];
      expect(sent.reasons.map(({ code, params, factor }) => (factor === undefined ? { code, params } : { code, params, factor }))).toEqual(order);
      for (const f of FACTORS) {
        // The factor's detail keeps score, formula and inputs; its reasons are the tagged ones, not a second copy.
        expect(sent.factorDetails[f]).toEqual({ score: d[f].score, formula: d[f].formula, inputs: d[f].inputs });
        expect(sent.reasons.filter((r) => r.factor === f).map(({ code, params }) => ({ code, params }))).toEqual(d[f].reasons);
      }
      expect(sent.ruleChecks).toEqual(engine.ruleChecks);
      expect(sent.rangeDrivers).toEqual(engine.rangeDrivers);
    });
  });

  it("the standard answer's ranked option is the full one without rule checks and freshness", () => {
    const full = recommendResponse(rec, "en", undefined, "full");
    const standard = recommendResponse(rec, "en");
    full.ranked.forEach((f, i) => {
      const { ruleChecks: _checks, freshness: _freshness, ...rest } = f;
      expect(standard.ranked[i]).toEqual(rest);
    });
  });

  it("each ranked reason keeps its code and params and gains its sentence", () => {
    const res = recommendResponse(rec, "en");
    rec.ranked.forEach((engine, i) => {
      const price = res.ranked[i]!.reasons.filter((r) => r.factor === "price");
      expect(price.map(({ code, params }) => ({ code, params }))).toEqual(engine.factorDetails.price.reasons);
      expect(price.length).toBeGreaterThan(0);
      for (const r of res.ranked[i]!.reasons) expect(r.text).not.toMatch(/\{|\}/);
    });
  });
});
