import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SUPPORT_LANGUAGES, TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import { ELIGIBLE_ORGANISATIONS, JURISDICTIONS, type EligibleOrganisation, type Offer } from "@/lib/catalogue/offer-schema";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Needs, NeedsInput } from "@/lib/needs/needs-schema";
import { DATA_SENSITIVITIES, RESIDENCIES, WORKLOADS } from "@/lib/needs/needs-vocabulary";
import { estimateCost } from "@/lib/domain/cost/estimate-cost";
import { relativeThroughput } from "@/lib/domain/cost/relative-throughput";
import { recommend } from "@/lib/domain/scoring/recommend";
import { FACTORS, normaliseWeights, type Weights } from "@/lib/domain/factors";
import { weightsInputSchema } from "@/lib/api/recommend-request";
import { TEST_AS_OF, makeAccelerator, makeCatalogue, makeCpuNode, makeNeeds, makeOffer, makeSubsidy } from "@/tests/fixtures/builders";
import {
  money,
  mostly,
  needsSizingArbs,
  nonEmptySub,
  offerFieldsArb,
  offersArbOf,
  priceOverrideArbOf,
  weightsArb,
} from "@/tests/fixtures/offer-arbitraries";

/*
 * Property tests over random catalogues of 3–12 offers and random needs. Seeds are fixed,
 * so a failure reproduces; fast-check prints the shrunk counterexample and the seed.
 *
 * The subsidy schemes cover 70% of compute and 25% of everything, i.e. at most 95% of any
 * charge together — realistic schemes. (Schemes adding up to more than 100% break cost
 * monotonicity; that bug has its own deterministic test in estimate-cost.test.ts.)
 */

const RUNS = { numRuns: 100 } as const;
const seed = (n: number) => ({ ...RUNS, seed: 20261125 + n });

const ACCELERATORS = [
  makeAccelerator({ id: "fast-gpu", name: "Fast GPU", bf16DenseTflops: 2250, memoryGb: 192, memoryBandwidthTbs: 8 }),
  makeAccelerator({ id: "slow-npu", name: "Slow NPU", kind: "npu", bf16DenseTflops: 320, memoryGb: 64, memoryBandwidthTbs: 1.6 }),
  makeCpuNode({ id: "cpu-big", name: "Big CPU node", fp64Tflops: 25 }),
];
const ACC_IDS = ["h100-sxm", "cpu-ref", ...ACCELERATORS.map((a) => a.id)] as const;
const SUBSIDIES = [
  makeSubsidy({ id: "hk-aiss", coveragePct: 70, capHkd: 200_000, appliesTo: "compute", eligibleOrganisations: ["hk-company"] }),
  makeSubsidy({ id: "uni-grant", coveragePct: 25, capHkd: null, appliesTo: "all", eligibleOrganisations: ["university"] }),
];
const SCHEME_IDS = SUBSIDIES.map((s) => s.id);
const MAX_OFFERS = 12;
const GPU_IDS = ["h100-sxm", "fast-gpu", "slow-npu"] as const;
const offerArb = offerFieldsArb({
  location: mostly(fc.constantFrom("HK" as const, "CN" as const), fc.constantFrom(...JURISDICTIONS)).map((j) => ({
    label: j,
    country: j,
    jurisdiction: j,
  })),
  acceleratorModel: mostly(fc.constantFrom(...GPU_IDS), fc.constantFrom(...ACC_IDS)),
  eligibility: fc.record({ anyOf: mostly<EligibleOrganisation[]>(fc.constant(["any"]), nonEmptySub(ELIGIBLE_ORGANISATIONS)) }),
  schemeIds: SCHEME_IDS,
});

const offersArb = offersArbOf(offerArb, MAX_OFFERS);
const overrideArb = priceOverrideArbOf(MAX_OFFERS);

const needsArb: fc.Arbitrary<Needs> = fc
  .record({
    workload: mostly(
      fc.constantFrom("llm-pretraining" as const, "llm-fine-tuning" as const, "inference" as const, "dl-training" as const),
      fc.constantFrom(...WORKLOADS),
    ),
    ...needsSizingArbs(ACC_IDS),
    storageTb: money(0, 100),
    egressTbPerMonth: money(0, 50),
    dataSensitivity: mostly(
      fc.constantFrom("public" as const, "confidential" as const, "personal" as const),
      fc.constantFrom(...DATA_SENSITIVITIES),
    ),
    residency: mostly(fc.constant("anywhere" as const), fc.constantFrom(...RESIDENCIES)),
    mainlandDataOrigin: fc.constantFrom(null, "gba" as const, "other" as const),
    organisation: fc.record({
      hkRegistered: mostly(fc.constant(true), fc.boolean()),
      mainlandEntity: fc.boolean(),
      university: fc.boolean(),
      hostCountryPartner: fc.boolean(),
      overseasEntities: fc.subarray(["SG", "JP", "DE", "US", "CH", "TW"]),
      memberOf: fc.subarray(["hkust", "hkust-gz", "cuhk", "cuhk-sz"] as const),
    }),
    budgetHkd: fc.option(money(10_000, 50_000_000), { nil: null, freq: 2 }),
    startBy: fc.option(fc.constantFrom("2026-11-25", "2026-12-15", "2027-02-01", "2027-06-30"), { nil: null, freq: 2 }),
    tools: fc.subarray([...TOOLS]),
    supportLanguage: fc.constantFrom(...SUPPORT_LANGUAGES),
    priceOverrides: fc.uniqueArray(overrideArb, { maxLength: 2, selector: (o) => o.offerId }),
    subsidies: fc.subarray(SCHEME_IDS),
    subsidyShares: fc.constant({}),
    allowCommitment: fc.boolean(),
  } satisfies Record<keyof NeedsInput, fc.Arbitrary<unknown>>)
  .map((n) => makeNeeds(n as NeedsInput));

const catalogueOf = (offers: readonly Offer[]): Catalogue => makeCatalogue({ offers, accelerators: ACCELERATORS, subsidies: SUBSIDIES });
const rankedIds = (needs: Needs, weights: Weights, cat: Catalogue) =>
  recommend(needs, weights, cat, { referenceDate: TEST_AS_OF }).ranked.map((r) => r.offerId);
const isSubset = (small: readonly string[], big: readonly string[]) => small.every((x) => big.includes(x));

describe("recommend — properties", () => {
  it("the generators are not vacuous: most runs rank something, some hit the budget", () => {
    const samples = fc.sample(fc.tuple(offersArb, needsArb, weightsArb), { numRuns: 100, seed: 20261125 });
    const recs = samples.map(([offers, needs, weights]) => recommend(needs, weights, catalogueOf(offers), { referenceDate: TEST_AS_OF }));
    expect(recs.filter((r) => r.ranked.length > 0).length).toBeGreaterThanOrEqual(50);
    expect(recs.filter((r) => r.ranked.length >= 3).length).toBeGreaterThanOrEqual(20);
    expect(recs.filter((r) => r.excluded.some((e) => e.reasons[0]?.code === "exclude.budget")).length).toBeGreaterThanOrEqual(5);
  });

  it("keeps every total and factor within 0–100 and accounts for every offer exactly once", () => {
    fc.assert(
      fc.property(offersArb, needsArb, weightsArb, (offers, needs, weights) => {
        const rec = recommend(needs, weights, catalogueOf(offers), { referenceDate: TEST_AS_OF });
        for (const r of rec.ranked) {
          expect(r.total).toBeGreaterThanOrEqual(0);
          expect(r.total).toBeLessThanOrEqual(100);
          for (const f of FACTORS) {
            expect(r.factors[f]).toBeGreaterThanOrEqual(0);
            expect(r.factors[f]).toBeLessThanOrEqual(100);
          }
        }
        for (const e of rec.excluded) expect(e.reasons.length).toBeGreaterThan(0);
        const all = [...rec.ranked.map((r) => r.offerId), ...rec.excluded.map((e) => e.offerId)].sort();
        expect(all).toEqual(offers.map((o) => o.id).sort());
      }),
      seed(1),
    );
  });

  it("never lowers the cost of any offer when more GPU-hours are needed", () => {
    fc.assert(
      fc.property(offersArb, needsArb, fc.integer({ min: 101, max: 1000 }), (offers, needs, pct) => {
        const cat = catalogueOf(offers);
        const more: Needs = { ...needs, gpuHoursPerMonth: (needs.gpuHoursPerMonth * pct) / 100 };
        const ref = cat.accelerators.find((a) => a.id === (needs.workload === "cpu-hpc" ? cat.referenceCpuModel : cat.referenceModel))!;
        // Every offer, excluded or not, through estimateCost directly.
        for (const offer of cat.offers) {
          const acc = cat.accelerators.find((a) => a.id === offer.accelerator.model)!;
          const rel = relativeThroughput(acc, ref, needs.workload);
          if (!(rel > 0)) continue; // a GPU cannot run CPU HPC work at all (excluded as needs-cpu)
          const ctx = {
            fx: cat.fx,
            subsidies: cat.subsidies,
            measuredOnThroughput: 1,
            offerThroughput: rel,
            accelerator: acc,
            projectStart: "2026-12-01",
          };
          const before = estimateCost(offer, needs, ctx).totalHkd;
          const after = estimateCost(offer, more, ctx).totalHkd;
          expect(after).toBeGreaterThanOrEqual(before * (1 - 1e-12));
        }
        // And through recommend (no budget, so the same offers are ranked both times).
        const noBudget = { ...needs, budgetHkd: null };
        const a = recommend(noBudget, normaliseWeights({ price: 1 }), cat, { referenceDate: TEST_AS_OF }).ranked;
        const b = recommend({ ...more, budgetHkd: null }, normaliseWeights({ price: 1 }), cat, { referenceDate: TEST_AS_OF }).ranked;
        expect(b.map((r) => r.offerId).sort()).toEqual(a.map((r) => r.offerId).sort());
        for (const r of a) expect(b.find((x) => x.offerId === r.offerId)!.costHkd).toBeGreaterThanOrEqual(r.costHkd);
      }),
      seed(2),
    );
  });

  it("never changes the relative order of the other offers when one is removed or added", () => {
    fc.assert(
      fc.property(offersArb, needsArb, weightsArb, fc.nat(), offerArb, (offers, needs, weights, pick, extraInput) => {
        const full = rankedIds(needs, weights, catalogueOf(offers));
        const gone = offers[pick % offers.length]!.id;
        const without = rankedIds(needs, weights, catalogueOf(offers.filter((o) => o.id !== gone)));
        expect(without).toEqual(full.filter((id) => id !== gone));

        const extra = makeOffer({ ...extraInput, id: "zz-extra" });
        const withExtra = rankedIds(needs, weights, catalogueOf([...offers, extra]));
        expect(withExtra.filter((id) => id !== "zz-extra")).toEqual(full);
      }),
      seed(3),
    );
  });

  it("never raises an offer's price score or rank when its price goes up (or it drops out on budget)", () => {
    fc.assert(
      fc.property(offersArb, needsArb, weightsArb, fc.nat(), fc.integer({ min: 101, max: 1000 }), (offers, needs, weights, pick, pct) => {
        const j = pick % offers.length;
        const target = offers[j]!;
        const dearer: Offer = { ...target, price: { ...target.price, perAcceleratorHour: (target.price.perAcceleratorHour * pct) / 100 } };
        const before = recommend(needs, weights, catalogueOf(offers), { referenceDate: TEST_AS_OF });
        const after = recommend(needs, weights, catalogueOf(offers.map((o, i) => (i === j ? dearer : o))), { referenceDate: TEST_AS_OF });
        const was = before.ranked.find((r) => r.offerId === target.id);
        const now = after.ranked.find((r) => r.offerId === target.id);
        if (!was) {
          expect(now).toBeUndefined();
          return;
        }
        if (!now) {
          const why = after.excluded.find((e) => e.offerId === target.id)!;
          expect(why.reasons.map((r) => r.code)).toEqual(["exclude.budget"]);
          return;
        }
        expect(now.factors.price).toBeLessThanOrEqual(was.factors.price);
        expect(now.rank).toBeGreaterThanOrEqual(was.rank);
      }),
      seed(4),
    );
  });

  it("never adds offers to the ranking when the residency rule gets stricter", () => {
    fc.assert(
      fc.property(offersArb, needsArb, weightsArb, (offers, needs, weights) => {
        const cat = catalogueOf(offers);
        const [anywhere, hkOrMainland, hkOnly] = (["anywhere", "hk-or-mainland", "hk-only"] as const).map((residency) =>
          rankedIds({ ...needs, residency }, weights, cat),
        );
        expect(isSubset(hkOrMainland!, anywhere!)).toBe(true);
        expect(isSubset(hkOnly!, hkOrMainland!)).toBe(true);
      }),
      seed(5),
    );
  });

  it("never adds offers to the ranking when the data gets more sensitive", () => {
    // public ≤ confidential ≤ personal ≤ restricted (by the jurisdictions they admit), and
    // personal ≤ mainland-origin (same places, plus export filing time) ≤ mainland-important (mainland only)
    fc.assert(
      fc.property(offersArb, needsArb, weightsArb, (offers, needs, weights) => {
        const cat = catalogueOf(offers);
        for (const order of [
          ["public", "confidential", "personal", "restricted"],
          ["personal", "mainland-origin", "mainland-important"],
        ] as const) {
          const chain = order.map((dataSensitivity) => rankedIds({ ...needs, dataSensitivity }, weights, cat));
          for (let i = 1; i < chain.length; i++) expect(isSubset(chain[i]!, chain[i - 1]!)).toBe(true);
        }
      }),
      seed(6),
    );
  });
});

describe("weight normalisation — properties", () => {
  const partialWeightsArb = fc
    .record(
      { price: money(0, 1000), security: money(0, 1000), performance: money(0, 1000), approval: money(0, 1000), ux: money(0, 1000) },
      { requiredKeys: [] },
    )
    .filter((w) => Object.values(w).some((x) => x > 1e-9));

  it("normaliseWeights: non-negative, sums to 1, proportions kept, missing factors 0", () => {
    fc.assert(
      fc.property(partialWeightsArb, (raw) => {
        const w = normaliseWeights(raw);
        const rawSum = FACTORS.reduce((s, f) => s + (raw[f] ?? 0), 0);
        expect(FACTORS.reduce((s, f) => s + w[f], 0)).toBeCloseTo(1, 12);
        for (const f of FACTORS) {
          expect(w[f]).toBeGreaterThanOrEqual(0);
          expect(w[f]).toBeCloseTo((raw[f] ?? 0) / rawSum, 12);
        }
      }),
      seed(7),
    );
  });

  it("request weights (weightsInputSchema + normaliseWeights): sum to 1 for any request weights (0–1000, not all 0)", () => {
    const full = fc
      .tuple(money(0, 1000), money(0, 1000), money(0, 1000), money(0, 1000), money(0, 1000))
      .filter((ws) => ws.some((x) => x > 1e-9))
      .map(([price, security, performance, approval, ux]) => ({ price, security, performance, approval, ux }));
    fc.assert(
      fc.property(full, (raw) => {
        const w = normaliseWeights(weightsInputSchema.parse(raw));
        expect(FACTORS.reduce((s, f) => s + w[f], 0)).toBeCloseTo(1, 12);
        for (const f of FACTORS) expect(w[f]).toBeGreaterThanOrEqual(0);
      }),
      seed(8),
    );
  });
});
