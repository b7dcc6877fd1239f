import { describe, expect, it } from "vitest";
import { compareRanked, figureFlags, recommend, type Recommendation } from "@/lib/domain/scoring/recommend";
import { STALE_AFTER_MONTHS } from "@/lib/catalogue/staleness";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { normaliseWeights, type Weights } from "@/lib/domain/factors";
import type { Offer } from "@/lib/catalogue/offer-schema";
import type { NeedsInput } from "@/lib/needs/needs-schema";
import {
  ALL_FIGURES_SOURCE,
  TEST_AS_OF,
  makeAccelerator,
  makeCatalogue,
  makeCpuNode,
  makeNeeds,
  makeOffer,
  makeSubsidy,
  type CatalogueParts,
} from "@/tests/fixtures/builders";

const PRICE_ONLY: Weights = normaliseWeights({ price: 1 });
const SECURITY_ONLY: Weights = normaliseWeights({ security: 1 });

function run(parts: CatalogueParts, needs: Partial<NeedsInput> = {}, weights: Weights = DEFAULT_WEIGHTS): Recommendation {
  return recommend(makeNeeds(needs), weights, makeCatalogue(parts), { referenceDate: TEST_AS_OF });
}
const ids = (rec: Recommendation) => rec.ranked.map((r) => r.offerId);
const ranked = (rec: Recommendation, id: string) => {
  const r = rec.ranked.find((x) => x.offerId === id);
  if (!r) throw new Error(`${id} not ranked; excluded: ${JSON.stringify(rec.excluded)}`);
  return r;
};
const codes = (rs: { code: string }[]) => rs.map((r) => r.code);

describe("recommend — scores and ranking", () => {
  it("scores the builders' default offer by hand: factors and weighted total", () => {
    // price: HKD 20/effective h → 100 × ln(400/20)/ln(100) = 65.05
    // security: HK confidential 100 × 0.5 + no certs + shared VM 60 × 0.2 = 62
    // performance: 0.7 × 66.67 + 15 (single node) + 15 (no queue) = 76.67
    // approval: self-serve, 0 days = 100;  ux: no tools, English = 25
    // total = 0.4567 × 65.05 + 0.2567 × 62 + 0.1567 × 76.67 + 0.09 × 100 + 0.04 × 25 = 67.63
    const r = ranked(run({ offers: [makeOffer()] }), "offer-a");
    expect(r.factors).toEqual({ price: 65.05, security: 62, performance: 76.67, approval: 100, ux: 25 });
    expect(r.total).toBe(67.63);
    expect(r.costHkd).toBe(20_000);
    expect(r.monthlyCostHkd).toBe(20_000);
    expect(r.rank).toBe(1);
    expect(r.accelerator).toEqual({ model: "h100-sxm", name: "Test H100", perNode: 8, memoryGb: 80 });
  });

  it("ranks by total, highest first, and numbers ranks from 1", () => {
    // Only the price differs: HKD 10 → 80.10 → total 74.50; 20 → 67.63; 40 → 50 → 60.76.
    const rec = run({
      offers: [
        makeOffer({ id: "dear", price: { perAcceleratorHour: 40 } }),
        makeOffer({ id: "cheap", price: { perAcceleratorHour: 10 } }),
        makeOffer({ id: "mid" }),
      ],
    });
    expect(ids(rec)).toEqual(["cheap", "mid", "dear"]);
    expect(rec.ranked.map((r) => r.total)).toEqual([74.5, 67.63, 60.76]);
    expect(rec.ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it("lets the weights decide: security-first prefers a certified HK offer over a cheaper uncertified one", () => {
    const offers = [
      makeOffer({ id: "cheap-plain", price: { perAcceleratorHour: 8 } }),
      makeOffer({ id: "certified", price: { perAcceleratorHour: 30 }, certifications: ["iso27001", "soc2"], tenancy: "dedicated-host" }),
    ];
    expect(ids(run({ offers }, {}, PRICE_ONLY))).toEqual(["cheap-plain", "certified"]);
    expect(ids(run({ offers }, {}, SECURITY_ONLY))).toEqual(["certified", "cheap-plain"]);
  });

  it("breaks a tie in total by lower cost", () => {
    // Security-only weights: both total 62, costs 30,000 and 20,000.
    const rec = run(
      { offers: [makeOffer({ id: "a-dear", price: { perAcceleratorHour: 30 } }), makeOffer({ id: "b-cheap" })] },
      {},
      SECURITY_ONLY,
    );
    expect(rec.ranked.map((r) => [r.offerId, r.total, r.costHkd])).toEqual([
      ["b-cheap", 62, 20_000],
      ["a-dear", 62, 30_000],
    ]);
  });

  it("breaks a tie in total and cost by id", () => {
    const rec = run({ offers: [makeOffer({ id: "zeta" }), makeOffer({ id: "alpha" }), makeOffer({ id: "mu" })] });
    expect(ids(rec)).toEqual(["alpha", "mu", "zeta"]);
    expect(rec.ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it.each([
    // [a, b, sign of compareRanked(a, b)]
    [{ total: 70, costHkd: 100, offerId: "a" }, { total: 60, costHkd: 1, offerId: "b" }, -1],
    [{ total: 60, costHkd: 1, offerId: "a" }, { total: 70, costHkd: 100, offerId: "b" }, 1],
    [{ total: 60, costHkd: 1, offerId: "z" }, { total: 60, costHkd: 2, offerId: "a" }, -1],
    [{ total: 60, costHkd: 2, offerId: "a" }, { total: 60, costHkd: 1, offerId: "z" }, 1],
    [{ total: 60, costHkd: 1, offerId: "a" }, { total: 60, costHkd: 1, offerId: "b" }, -1],
    [{ total: 60, costHkd: 1, offerId: "b" }, { total: 60, costHkd: 1, offerId: "a" }, 1],
    [{ total: 60, costHkd: 1, offerId: "a" }, { total: 60, costHkd: 1, offerId: "a" }, 0],
  ])("compareRanked(%j, %j) has sign %i", (a, b, sign) => {
    expect(Math.sign(compareRanked(a, b))).toBe(sign);
  });

  it("returns the weights and catalogue version it used", () => {
    const rec = run({ offers: [makeOffer()] }, {}, PRICE_ONLY);
    expect(rec.weights).toEqual(PRICE_ONLY);
    expect(rec.catalogueVersion).toBe("test");
  });

  it("adds up time to result: lead + queue + hours ÷ (GPUs × 24)", () => {
    // 5 + 2 + 1,000 / (8 × 24) = 5 + 2 + 5.21 = 12.21 days
    const r = ranked(run({ offers: [makeOffer({ leadTimeDays: 5, queueWaitDays: 2 })] }), "offer-a");
    expect(r.timeToResult).toEqual({ leadDays: 5, queueDays: 2, computeDays: 5.21, concurrentAccelerators: 8 });
    expect(r.timeToResultDays).toBe(12.21);
  });
});

describe("recommend — exclusions", () => {
  const offers = [
    makeOffer({ id: "ok" }),
    makeOffer({ id: "in-japan", location: { country: "JP", jurisdiction: "JP" } }),
    makeOffer({ id: "uni-only", eligibility: { anyOf: ["university"] } }),
    makeOffer({ id: "small-quota", maxAccelerators: 4, location: { country: "SG", jurisdiction: "SG" } }),
    makeOffer({ id: "cpu-part", accelerator: { model: "cpu-ref" } }),
  ];

  it("never drops an offer: ranked + excluded = every offer, each exclusion with all its reasons", () => {
    const rec = run({ offers }, { residency: "hk-only" });
    expect(ids(rec)).toEqual(["ok"]);
    expect(rec.excluded.map((e) => [e.offerId, codes(e.reasons)])).toEqual([
      ["cpu-part", ["exclude.needs-accelerator"]],
      ["in-japan", ["exclude.residency"]],
      ["small-quota", ["exclude.residency", "exclude.concurrency"]],
      ["uni-only", ["exclude.eligibility"]],
    ]);
    expect([...ids(rec), ...rec.excluded.map((e) => e.offerId)].sort()).toEqual(offers.map((o) => o.id).sort());
  });

  it("excludes an offer over budget with its cost, and keeps one exactly at the budget", () => {
    const cat = { offers: [makeOffer({ id: "at-budget", price: { perAcceleratorHour: 15 } }), makeOffer({ id: "over-budget" })] };
    const rec = run(cat, { budgetHkd: 15_000 });
    expect(ids(rec)).toEqual(["at-budget"]);
    expect(rec.excluded).toEqual([
      {
        offerId: "over-budget",
        provider: "Test Cloud",
        name: "Test 8 × GPU",
        family: "cloud",
        region: "hk",
        ruleChecks: expect.any(Array),
        reasons: [{ code: "exclude.budget", params: { costHkd: 20_000, budgetHkd: 15_000 } }],
        costHkd: 20_000,
      },
    ]);
    // Every cost-independent rule passed; the budget rule is the one that failed.
    const checks = rec.excluded[0]!.ruleChecks;
    expect(checks.filter((c) => !c.passed)).toEqual([
      { rule: "budget", passed: false, need: { budgetHkd: 15_000 }, offer: { costHkd: 20_000 } },
    ]);
    expect(rec.ranked[0]!.ruleChecks.find((c) => c.rule === "budget")).toEqual({
      rule: "budget",
      passed: true,
      need: { budgetHkd: 15_000 },
      offer: { costHkd: 15_000 },
    });
  });

  it("reports the hard reasons (not the budget) for an offer that fails both", () => {
    const rec = run(
      { offers: [makeOffer({ id: "both", location: { country: "US", jurisdiction: "US" } })] },
      { budgetHkd: 1000, residency: "hk-only" },
    );
    expect(rec.excluded).toHaveLength(1);
    expect(codes(rec.excluded[0]!.reasons)).toEqual(["exclude.residency"]);
    expect(rec.excluded[0]!.costHkd).toBeUndefined();
  });

  it("returns an empty ranking (not an error) when everything is excluded", () => {
    const rec = run({ offers }, { residency: "hk-only", dataSensitivity: "restricted", peakGpus: 1000 });
    expect(rec.ranked).toEqual([]);
    expect(rec.excluded).toHaveLength(offers.length);
  });
});

describe("recommend — cost features", () => {
  it("applies a subsidy only where the offer lists the scheme and the organisation is eligible", () => {
    const cat = {
      offers: [makeOffer({ id: "listed", subsidySchemes: ["hk-aiss"] }), makeOffer({ id: "unlisted" })],
      subsidies: [makeSubsidy({ coveragePct: 50 })],
    };
    const hkFirm = run(cat, { subsidies: ["hk-aiss"] });
    // listed: 20,000 − 50% = 10,000; unlisted: 20,000 and a "does not apply" note.
    expect(ranked(hkFirm, "listed").costHkd).toBe(10_000);
    expect(ranked(hkFirm, "listed").costBreakdown.map((l) => [l.label, l.amountHkd])).toEqual([
      ["compute", 20_000],
      ["subsidy:hk-aiss", -10_000],
    ]);
    expect(ranked(hkFirm, "unlisted").costHkd).toBe(20_000);
    expect(ranked(hkFirm, "unlisted").reasons).toContainEqual({ code: "subsidy.not-applicable", params: { scheme: "hk-aiss" } });
    expect(ids(hkFirm)).toEqual(["listed", "unlisted"]);

    const nonHkFirm = run(cat, { subsidies: ["hk-aiss"], organisation: { hkRegistered: false, university: true } });
    expect(ranked(nonHkFirm, "listed").costHkd).toBe(20_000);
    expect(ranked(nonHkFirm, "listed").reasons).toContainEqual({ code: "subsidy.not-eligible", params: { scheme: "hk-aiss" } });

    const notAsked = run(cat, { subsidies: [] });
    expect(ranked(notAsked, "listed").costHkd).toBe(20_000);
  });

  it.each([
    // [case, override on "a" (list HKD 25; "b" is HKD 20), cost of a, reason]
    ["no override: b is cheaper", null, 25_000, null],
    ["50% negotiated discount", { discountPct: 50 }, 12_500, { code: "cost.override-discount", params: { pct: 50 } }],
    [
      "USD 2 quote = HKD 15.60",
      { quotedPricePerAcceleratorHour: 2, currency: "USD" },
      15_600,
      { code: "cost.override-quote", params: { priceHkd: 15.6 } },
    ],
  ] as const)("price override: %s", (_, ov, costA, why) => {
    const cat = { offers: [makeOffer({ id: "a", price: { perAcceleratorHour: 25 } }), makeOffer({ id: "b" })] };
    const rec = run(cat, { priceOverrides: ov ? [{ offerId: "a", ...ov }] : [] }, PRICE_ONLY);
    expect(ranked(rec, "a").costHkd).toBe(costA);
    expect(ranked(rec, "b").costHkd).toBe(20_000);
    expect(ids(rec)).toEqual(ov ? ["a", "b"] : ["b", "a"]);
    if (why) expect(ranked(rec, "a").reasons).toContainEqual(why);
    expect(ranked(rec, "b").reasons).toEqual([]);
  });

  it("applies the best commitment whose term fits the duration", () => {
    const commitments = [
      { name: "3-month", minMonths: 3, discountPct: 10 },
      { name: "1-year", minMonths: 12, discountPct: 35 },
      { name: "3-year", minMonths: 36, discountPct: 60 },
    ];
    // 1,000 h × 12 months × HKD 20 × (1 − 35%) = 156,000
    const r = ranked(run({ offers: [makeOffer({ commitments })] }, { durationMonths: 12 }), "offer-a");
    expect(r.costHkd).toBe(156_000);
    expect(r.cost.commitment).toEqual({ name: "1-year", discountPct: 35 });
    expect(r.reasons).toContainEqual({ code: "cost.commitment", params: { name: "1-year", pct: 35 } });
  });

  it("bills whole nodes: 12 GPUs on 8-GPU nodes cost 16/12 as much", () => {
    const r = ranked(run({ offers: [makeOffer({ accelerator: { allocation: "node", perNode: 8 } })] }, { peakGpus: 12 }), "offer-a");
    expect(r.costHkd).toBe(26_666.67);
    expect(r.reasons).toContainEqual({ code: "cost.packaging", params: { peak: 12, perNode: 8, factor: 1.333 } });
  });

  it("bills the minimum purchase", () => {
    const r = ranked(run({ offers: [makeOffer({ minimumPurchase: { acceleratorHours: 5000 } })] }), "offer-a");
    expect(r.costHkd).toBe(100_000);
    expect(r.reasons).toContainEqual({ code: "cost.minimum-purchase", params: { minimum: 5000, needed: 1000 } });
  });

  describe("scales hours by the accelerator they were measured on", () => {
    // "half-gpu" is exactly 0.5× the reference for every workload.
    const half = makeAccelerator({ id: "half-gpu", name: "Half GPU", bf16DenseTflops: 500, memoryBandwidthTbs: 2 });
    const cat = {
      offers: [makeOffer({ id: "on-ref" }), makeOffer({ id: "on-half", accelerator: { model: "half-gpu" } })],
      accelerators: [half],
    };

    it.each([
      // [hoursMeasuredOn, effective hours, cost on the reference, cost on the half-speed GPU]
      ["h100-sxm", 1000, 20_000, 40_000],
      ["half-gpu", 500, 10_000, 20_000],
      ["not-in-catalogue", 1000, 20_000, 40_000], // unknown ids fall back to the reference
    ])("measured on %s → %i effective hours", (hoursMeasuredOn, effective, costRef, costHalf) => {
      const rec = run(cat, { hoursMeasuredOn });
      expect(ranked(rec, "on-ref").cost.effectiveHours).toBeCloseTo(effective, 9);
      expect(ranked(rec, "on-ref").costHkd).toBe(costRef);
      expect(ranked(rec, "on-half").costHkd).toBe(costHalf);
    });

    it("CPU HPC hours measured on a GPU count as reference CPU node-hours", () => {
      const cpuCat = {
        offers: [
          makeOffer({ id: "cpu-std", accelerator: { model: "cpu-ref" } }),
          makeOffer({ id: "cpu-big", accelerator: { model: "cpu-big" } }),
        ],
        accelerators: [makeCpuNode({ id: "cpu-big", fp64Tflops: 20 })],
      };
      const rec = run(cpuCat, { workload: "cpu-hpc", hoursMeasuredOn: "h100-sxm" });
      expect(ranked(rec, "cpu-std").costHkd).toBe(20_000);
      expect(ranked(rec, "cpu-big").costHkd).toBe(10_000); // 2× FP64 → 500 node-hours
    });
  });
});

describe("recommend — flags for estimated, third-party and stale figures", () => {
  const note = "estimated from the vendor's published list price for a similar region";
  const src = (asOf: string, basis: "vendor" | "third-party" | "estimate", covers: string[]) => ({
    url: "https://example.com/x",
    asOf,
    basis,
    covers,
    ...(basis === "vendor" ? {} : { note }),
    ...(basis === "estimate" ? { madeOn: "2026-11-01" } : {}),
  });
  const flagged = ["price.perAcceleratorHour", "leadTimeDays", "storage.pricePerTbMonth", "eligibility", "tools", "egress.pricePerTb"];
  // Every other figure rests on one fresh vendor source; each flagged one only on its own source.
  const base = src(
    "2026-10-01",
    "vendor",
    ALL_FIGURES_SOURCE.covers.filter((c) => !flagged.includes(c)),
  );
  const offer = makeOffer({
    sources: [
      base,
      src("2026-10-01", "estimate", ["price.perAcceleratorHour"]),
      src("2026-10-01", "third-party", ["leadTimeDays", "storage.pricePerTbMonth"]),
      src("2025-11-24", "vendor", ["eligibility"]), // 366 days before 2026-11-25: stale
      src("2025-11-25", "vendor", ["tools"]), // exactly 365 days: not stale
      src("2024-01-01", "estimate", ["egress.pricePerTb"]), // not used without egress
    ],
    ranges: { "price.perAcceleratorHour": { low: 15, high: 25, reasoning: "synthetic range for the flags test" } },
  });

  it("uses a 12-month staleness window (365 days across 2025-11 → 2026-11)", () => {
    expect(STALE_AFTER_MONTHS).toBe(12);
  });

  it("flags only the figures the result relies on", () => {
    expect(ranked(run({ offers: [offer] }), "offer-a").flags).toEqual({
      estimated: ["price.perAcceleratorHour"],
      thirdParty: ["leadTimeDays"],
      stale: ["eligibility"],
    });
  });

  it("flags storage and egress figures once storage and egress are needed", () => {
    expect(ranked(run({ offers: [offer] }, { storageTb: 1, egressTbPerMonth: 1 }), "offer-a").flags).toEqual({
      estimated: ["egress.pricePerTb", "price.perAcceleratorHour"],
      thirdParty: ["leadTimeDays", "storage.pricePerTbMonth"],
      stale: ["egress.pricePerTb", "eligibility"],
    });
  });

  // BUG (reported): lib/catalogue/staleness.ts dates a figure by its NEWEST covering source
  // ("a newer confirmation supersedes an older one"), but figureFlags flags a figure as stale
  // if ANY covering source is old — so re-confirming a price never clears its stale flag.
  it("does not flag a figure as stale when a newer source re-confirms it", () => {
    const reconfirmed = makeOffer({ sources: [src("2024-01-01", "vendor", ["eligibility"]), ALL_FIGURES_SOURCE] });
    expect(figureFlags(reconfirmed, ["eligibility"], TEST_AS_OF).stale).toEqual([]);
  });

  it("figureFlags returns nothing for an all-vendor, fresh offer", () => {
    expect(figureFlags(makeOffer(), ["price.perAcceleratorHour", "eligibility"], TEST_AS_OF)).toEqual({
      estimated: [],
      thirdParty: [],
      stale: [],
    });
  });
});

describe("recommend — determinism", () => {
  it("gives the same answer whatever order the offers are listed in", () => {
    const offers: Offer[] = ["c", "a", "b", "d"].map((id, i) => makeOffer({ id, price: { perAcceleratorHour: 20 + (i % 2) } }));
    const forward = run({ offers });
    const backward = run({ offers: [...offers].reverse() });
    expect(ids(backward)).toEqual(ids(forward));
    expect(ids(forward)).toEqual(["b", "c", "a", "d"]); // HKD 20: b, c; HKD 21: a, d
  });
});
