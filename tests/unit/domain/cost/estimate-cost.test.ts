import { describe, expect, it } from "vitest";
import { HOURS_PER_MONTH, estimateCost, type CostLine } from "@/lib/domain/cost/estimate-cost";
import { hkdRate } from "@/lib/domain/cost/hkd-rate";
import type { SubsidyScheme } from "@/lib/catalogue/offer-schema";
import { TEST_FX, makeCpuNode, makeNeeds, makeOffer, makeSubsidy, makeCostContext } from "@/tests/fixtures/builders";

const ctx = makeCostContext;

const line = (lines: readonly CostLine[], label: string) => lines.find((l) => l.label === label);

describe("hkdRate", () => {
  it.each([
    ["HKD", 1],
    ["USD", 7.8],
    ["CNY", 1.1],
  ] as const)("%s → %f HKD", (currency, expected) => {
    expect(hkdRate(currency, TEST_FX)).toBe(expected);
  });

  it("throws for a currency without a rate", () => {
    expect(() => hkdRate("JPY", TEST_FX)).toThrow(/JPY/);
  });
});

describe("estimateCost — compute", () => {
  it("uses 730 hours per month", () => {
    expect(HOURS_PER_MONTH).toBe(730);
  });

  it.each([
    // [case, offer price, needs, ctx, expected compute HKD, expected billed hours]
    ["HKD list price: 1,000 h × 3 months × HKD 20", { currency: "HKD", perAcceleratorHour: 20 }, { durationMonths: 3 }, {}, 60_000, 3000],
    ["USD list price: 1,000 h × USD 2.5 × 7.8", { currency: "USD", perAcceleratorHour: 2.5 }, {}, {}, 19_500, 1000],
    ["CNY list price: 1,000 h × CNY 10 × 1.1", { currency: "CNY", perAcceleratorHour: 10 }, {}, {}, 11_000, 1000],
    ["offer 2× as fast: needs half the hours", { currency: "HKD", perAcceleratorHour: 20 }, {}, { offerThroughput: 2 }, 10_000, 500],
    [
      "hours measured on a 0.5× accelerator: E = 500",
      { currency: "HKD", perAcceleratorHour: 20 },
      {},
      { measuredOnThroughput: 0.5 },
      10_000,
      500,
    ],
    [
      "measured on 0.5×, offer 0.25×: 1,000 × 0.5 / 0.25 = 2,000 h",
      { currency: "HKD", perAcceleratorHour: 20 },
      {},
      { measuredOnThroughput: 0.5, offerThroughput: 0.25 },
      40_000,
      2000,
    ],
  ] as const)("%s", (_, price, needs, c, expectedCompute, expectedBilled) => {
    const est = estimateCost(makeOffer({ price }), makeNeeds(needs), ctx(c));
    expect(line(est.lines, "compute")?.amountHkd).toBeCloseTo(expectedCompute, 6);
    expect(est.billedHours).toBeCloseTo(expectedBilled, 9);
    expect(est.totalHkd).toBeCloseTo(expectedCompute, 6);
    expect(est.lines.map((l) => l.kind)).toEqual(["compute"]);
  });

  it("reports effective hours, monthly cost and cost per effective GPU-hour", () => {
    // E = 1,000 × 4 × 0.5 = 2,000; A = 2,000 / 2 = 1,000 h × HKD 20 = 20,000 over 4 months.
    const est = estimateCost(makeOffer(), makeNeeds({ durationMonths: 4 }), ctx({ measuredOnThroughput: 0.5, offerThroughput: 2 }));
    expect(est.effectiveHours).toBe(2000);
    expect(est.neededHours).toBe(1000);
    expect(est.totalHkd).toBeCloseTo(20_000, 6);
    expect(est.monthlyHkd).toBeCloseTo(5_000, 6);
    expect(est.hkdPerEffectiveHour).toBeCloseTo(10, 9);
    expect(est.listPriceHkdPerHour).toBe(20);
  });

  it("bills node-hours, not accelerator-hours, for a CPU node", () => {
    const est = estimateCost(
      makeOffer({ accelerator: { model: "cpu-ref" } }),
      makeNeeds({ workload: "cpu-hpc" }),
      ctx({ accelerator: makeCpuNode() }),
    );
    expect(est.hourUnit).toBe("node-hour");
    expect(line(est.lines, "compute")?.unit).toBe("node-hour");
    expect(estimateCost(makeOffer(), makeNeeds(), ctx()).hourUnit).toBe("accelerator-hour");
  });
});

describe("estimateCost — node packaging and minimum purchase", () => {
  it.each([
    // [peak, perNode, allocation, factor]
    [12, 8, "node", 16 / 12],
    [16, 8, "node", 1],
    [8, 8, "node", 1],
    [1, 8, "node", 8],
    [3, 2, "node", 4 / 3],
    [12, 8, "accelerator", 1],
  ] as const)("peak %i, %i per node, sold per %s → packaging ×%f", (peakGpus, perNode, allocation, factor) => {
    const est = estimateCost(makeOffer({ accelerator: { perNode, allocation } }), makeNeeds({ peakGpus }), ctx());
    expect(est.packagingFactor).toBeCloseTo(factor, 12);
    expect(est.billedHours).toBeCloseTo(1000 * factor, 9);
    expect(est.totalHkd).toBeCloseTo(20_000 * factor, 6);
    expect(est.notes.some((n) => n.code === "cost.packaging")).toBe(factor > 1);
  });

  it("explains packaging with the factor to 3 decimals and cites the per-node figure", () => {
    const est = estimateCost(makeOffer({ accelerator: { perNode: 8, allocation: "node" } }), makeNeeds({ peakGpus: 12 }), ctx());
    expect(est.notes).toContainEqual({ code: "cost.packaging", params: { peak: 12, perNode: 8, factor: 1.333 } });
    expect(line(est.lines, "compute")?.figures).toContain("accelerator.perNode");
  });

  it("bills the minimum purchase when the need is smaller", () => {
    // need 1,000 h, minimum 5,000 h → 5,000 × 20 = 100,000
    const est = estimateCost(makeOffer({ minimumPurchase: { acceleratorHours: 5000 } }), makeNeeds(), ctx());
    expect(est.billedHours).toBe(5000);
    expect(est.neededHours).toBe(1000);
    expect(est.totalHkd).toBeCloseTo(100_000, 6);
    expect(est.notes).toContainEqual({ code: "cost.minimum-purchase", params: { minimum: 5000, needed: 1000 } });
    expect(line(est.lines, "compute")?.figures).toContain("minimumPurchase");
  });

  it("applies the minimum after packaging and ignores a minimum below the need", () => {
    // 1,000 h × 16/12 = 1,333.3 h > minimum 1,200 h → no minimum note
    const est = estimateCost(
      makeOffer({ accelerator: { perNode: 8, allocation: "node" }, minimumPurchase: { acceleratorHours: 1200 } }),
      makeNeeds({ peakGpus: 12 }),
      ctx(),
    );
    expect(est.billedHours).toBeCloseTo(4000 / 3, 9);
    expect(est.notes.map((n) => n.code)).toEqual(["cost.packaging"]);
  });
});

describe("estimateCost — price overrides and commitments", () => {
  const commitments = [
    { name: "3-month", minMonths: 3, discountPct: 10 },
    { name: "1-year", minMonths: 12, discountPct: 30 },
    { name: "3-year", minMonths: 36, discountPct: 50 },
  ];

  it.each([
    // [case, duration months, allowCommitment, expected commitment, HKD per accelerator-hour]
    ["12 months: best term ≤ 12 is 1-year 30%", 12, true, { name: "1-year", discountPct: 30 }, 14],
    ["6 months: only the 3-month term fits", 6, true, { name: "3-month", discountPct: 10 }, 18],
    ["36 months: the 3-year term", 36, true, { name: "3-year", discountPct: 50 }, 10],
    ["2 months: no term fits", 2, true, null, 20],
    ["36 months, but the firm will not commit", 36, false, null, 20],
  ] as const)("%s", (_, durationMonths, allowCommitment, expected, unit) => {
    const est = estimateCost(makeOffer({ commitments }), makeNeeds({ durationMonths, allowCommitment }), ctx());
    expect(est.commitment).toEqual(expected);
    expect(est.priceHkdPerHour).toBeCloseTo(unit, 9);
    expect(est.totalHkd).toBeCloseTo(1000 * durationMonths * unit, 6);
    expect(line(est.lines, "compute")?.figures.includes("commitments")).toBe(expected !== null);
  });

  it("picks the largest discount even when it is listed first", () => {
    const est = estimateCost(
      makeOffer({
        commitments: [
          { name: "big", minMonths: 1, discountPct: 40 },
          { name: "small", minMonths: 1, discountPct: 5 },
        ],
      }),
      makeNeeds(),
      ctx(),
    );
    expect(est.commitment).toEqual({ name: "big", discountPct: 40 });
  });

  it.each([
    // [case, override, expected unit price HKD, expected override]
    ["negotiated 25% off HKD 20", { discountPct: 25 }, 15, { kind: "discount", discountPct: 25 }],
    ["HKD 18 quote", { quotedPricePerAcceleratorHour: 18 }, 18, { kind: "quote", priceHkd: 18 }],
    ["USD 2 quote × 7.8", { quotedPricePerAcceleratorHour: 2, currency: "USD" }, 15.6, { kind: "quote", priceHkd: 15.6 }],
    ["CNY 10 quote × 1.1", { quotedPricePerAcceleratorHour: 10, currency: "CNY" }, 11, { kind: "quote", priceHkd: 11 }],
  ] as const)("%s", (_, ov, unit, expectedOverride) => {
    const est = estimateCost(makeOffer(), makeNeeds({ priceOverrides: [{ offerId: "offer-a", ...ov }] }), ctx());
    expect(est.priceHkdPerHour).toBeCloseTo(unit, 9);
    expect(est.totalHkd).toBeCloseTo(1000 * unit, 6);
    expect(est.override).toEqual(
      expectedOverride.kind === "quote" ? { kind: "quote", priceHkd: expect.closeTo(expectedOverride.priceHkd, 9) } : expectedOverride,
    );
  });

  it("ignores an override for another offer", () => {
    const est = estimateCost(makeOffer(), makeNeeds({ priceOverrides: [{ offerId: "offer-b", discountPct: 50 }] }), ctx());
    expect(est.override).toBeNull();
    expect(est.totalHkd).toBeCloseTo(20_000, 6);
  });

  it("stacks a negotiated discount with the commitment discount", () => {
    // 20 × (1 − 10%) × (1 − 30%) = 12.6
    const est = estimateCost(
      makeOffer({ commitments }),
      makeNeeds({ durationMonths: 12, priceOverrides: [{ offerId: "offer-a", discountPct: 10 }] }),
      ctx(),
    );
    expect(est.priceHkdPerHour).toBeCloseTo(12.6, 9);
    expect(est.totalHkd).toBeCloseTo(12 * 1000 * 12.6, 6);
  });

  it("takes a quote as final: no commitment discount on top", () => {
    const est = estimateCost(
      makeOffer({ commitments }),
      makeNeeds({ durationMonths: 12, priceOverrides: [{ offerId: "offer-a", quotedPricePerAcceleratorHour: 16 }] }),
      ctx(),
    );
    expect(est.commitment).toBeNull();
    expect(est.totalHkd).toBeCloseTo(12 * 1000 * 16, 6);
  });
});

describe("estimateCost — storage, egress, fees", () => {
  it.each([
    // [case, offer overrides, needs, expected lines by label]
    ["storage: 10 TB × HKD 5 × 3 months", { storage: { pricePerTbMonth: 5 } }, { storageTb: 10, durationMonths: 3 }, { storage: 150 }],
    [
      "storage in USD: 10 TB × USD 2 × 7.8 × 3 months",
      { price: { currency: "USD", perAcceleratorHour: 2.5 }, storage: { pricePerTbMonth: 2 } },
      { storageTb: 10, durationMonths: 3 },
      { storage: 468 },
    ],
    [
      "egress: (5 − 2 free) TB × HKD 100 × 3 months",
      { egress: { pricePerTb: 100, freeTbPerMonth: 2 } },
      { egressTbPerMonth: 5, durationMonths: 3 },
      { egress: 900 },
    ],
    [
      "egress within the free allowance costs 0",
      { egress: { pricePerTb: 100, freeTbPerMonth: 10 } },
      { egressTbPerMonth: 5 },
      { egress: 0 },
    ],
    [
      "fees: HKD 1,000 once + HKD 200/month × 3",
      {
        fees: [
          { name: "Setup", amount: 1000, unit: "one-off" },
          { name: "Support", amount: 200, unit: "per-month" },
        ],
      },
      { durationMonths: 3 },
      { "fee:Setup": 1000, "fee:Support": 600 },
    ],
    [
      "fee in USD: USD 100 once × 7.8",
      { price: { currency: "USD", perAcceleratorHour: 2.5 }, fees: [{ name: "Setup", amount: 100, unit: "one-off" }] },
      {},
      { "fee:Setup": 780 },
    ],
  ] as const)("%s", (_, offer, needs, expected) => {
    const est = estimateCost(makeOffer(offer), makeNeeds(needs), ctx());
    const compute = line(est.lines, "compute")?.amountHkd ?? NaN;
    let sum = compute;
    for (const [label, amount] of Object.entries(expected)) {
      expect(line(est.lines, label)?.amountHkd).toBeCloseTo(amount, 6);
      sum += amount;
    }
    expect(est.totalHkd).toBeCloseTo(sum, 6);
  });

  it("leaves out storage and egress lines when none is needed", () => {
    const est = estimateCost(makeOffer({ storage: { pricePerTbMonth: 5 }, egress: { pricePerTb: 100 } }), makeNeeds(), ctx());
    expect(est.lines.map((l) => l.label)).toEqual(["compute"]);
  });
});

describe("estimateCost — subsidies", () => {
  // Compute 1,000 h × HKD 20 × 3 months = 60,000; storage 10 TB × HKD 100 × 3 = 3,000; one-off fee 2,000.
  const offer = makeOffer({
    subsidySchemes: ["hk-aiss"],
    storage: { pricePerTbMonth: 100 },
    fees: [{ name: "Setup", amount: 2000, unit: "one-off" }],
  });
  const needs = makeNeeds({ durationMonths: 3, storageTb: 10, subsidies: ["hk-aiss"] });
  const withScheme = (s: Partial<SubsidyScheme>) => ctx({ subsidies: [makeSubsidy(s)] });

  it.each([
    // [case, scheme, expected subsidy HKD, capped]
    ["50% of compute, no cap", { coveragePct: 50 }, 30_000, false],
    ["50% of compute, capped at 10,000", { coveragePct: 50, capHkd: 10_000 }, 10_000, true],
    ["50% of compute, cap above it", { coveragePct: 50, capHkd: 50_000 }, 30_000, false],
    ["50% of compute and storage", { coveragePct: 50, appliesTo: "compute-and-storage" }, 31_500, false],
    ["50% of everything (compute, storage, fee)", { coveragePct: 50, appliesTo: "all" }, 32_500, false],
    ["100% of everything → total 0", { coveragePct: 100, appliesTo: "all" }, 65_000, false],
  ] as const)("%s", (_, scheme, subsidy, capped) => {
    const est = estimateCost(offer, needs, withScheme(scheme));
    expect(line(est.lines, "subsidy:hk-aiss")?.amountHkd).toBeCloseTo(-subsidy, 6);
    expect(est.totalHkd).toBeCloseTo(65_000 - subsidy, 6);
    expect(est.notes.some((n) => n.code === "subsidy.capped")).toBe(capped);
  });

  it("does not apply a scheme the offer does not list", () => {
    const est = estimateCost(makeOffer({ subsidySchemes: [] }), makeNeeds({ subsidies: ["hk-aiss"] }), withScheme({}));
    expect(est.lines.some((l) => l.kind === "subsidy")).toBe(false);
    expect(est.totalHkd).toBeCloseTo(20_000, 6);
    expect(est.notes).toContainEqual({ code: "subsidy.not-applicable", params: { scheme: "hk-aiss" } });
  });

  it("does not apply a scheme the organisation is not eligible for", () => {
    const est = estimateCost(
      makeOffer({ subsidySchemes: ["hk-aiss"] }),
      makeNeeds({ subsidies: ["hk-aiss"], organisation: { hkRegistered: false, mainlandEntity: true, university: false } }),
      withScheme({ eligibleOrganisations: ["hk-company", "university"] }),
    );
    expect(est.lines.some((l) => l.kind === "subsidy")).toBe(false);
    expect(est.totalHkd).toBeCloseTo(20_000, 6);
    expect(est.notes).toContainEqual({ code: "subsidy.not-eligible", params: { scheme: "hk-aiss" } });
  });

  it("does not apply a scheme the firm did not ask for", () => {
    const est = estimateCost(makeOffer({ subsidySchemes: ["hk-aiss"] }), makeNeeds({ subsidies: [] }), withScheme({}));
    expect(est.totalHkd).toBeCloseTo(20_000, 6);
    expect(est.notes).toEqual([]);
  });

  it("stacks overlapping schemes on what is left, never above 100%", () => {
    // Two 60% schemes on 20,000 of compute: 12,000, then 60% of the remaining 8,000 = 4,800 → 3,200 left.
    const est = estimateCost(
      makeOffer({ subsidySchemes: ["s-one", "s-two"] }),
      makeNeeds({ subsidies: ["s-one", "s-two"] }),
      ctx({ subsidies: [makeSubsidy({ id: "s-one", coveragePct: 60 }), makeSubsidy({ id: "s-two", coveragePct: 60 })] }),
    );
    expect(est.totalHkd).toBeCloseTo(3_200, 6);
  });

  // BUG (reported to the lead): schemes are each taken on the full base and summed, so two
  // schemes whose coverage adds up to more than 100% pay out more than the subsidised charge
  // and the remaining lines (storage here) are eaten away — then MORE hours give a LOWER
  // total, breaking the documented "more hours never lowers the total".
  it("more hours never lower the total, even with two overlapping schemes", () => {
    const c = ctx({ subsidies: [makeSubsidy({ id: "s-one", coveragePct: 60 }), makeSubsidy({ id: "s-two", coveragePct: 60 })] });
    const o = makeOffer({ subsidySchemes: ["s-one", "s-two"], storage: { pricePerTbMonth: 1000 } });
    // storage 10 TB × HKD 1,000 = 10,000. 1,000 h: compute 20,000 → expected ≥ 10,000 (subsidy ≤ compute).
    const small = estimateCost(o, makeNeeds({ storageTb: 10, subsidies: ["s-one", "s-two"], gpuHoursPerMonth: 1000 }), c);
    const large = estimateCost(o, makeNeeds({ storageTb: 10, subsidies: ["s-one", "s-two"], gpuHoursPerMonth: 2000 }), c);
    expect(large.totalHkd).toBeGreaterThanOrEqual(small.totalHkd);
    // Subsidies on compute can at most cover the compute charge: storage is still owed.
    expect(small.totalHkd).toBeGreaterThanOrEqual(10_000);
  });
});
