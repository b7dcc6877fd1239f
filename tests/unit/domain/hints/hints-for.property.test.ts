import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { addDays } from "@/lib/domain/calendar";
import { applyChange } from "@/lib/domain/hints/hint-change";
import { hintsFor } from "@/lib/domain/hints/hints-for";
import { smallestChange } from "@/lib/domain/hints/smallest-change";
import { recommend } from "@/lib/domain/scoring/recommend";
import { TEST_AS_OF, makeAccelerator, makeCatalogue, makeNeeds, makeOffer } from "@/tests/fixtures/builders";

const ACCELERATORS = [
  makeAccelerator({ id: "gpu-40gb", name: "Test 40 GB", memoryGb: 40, bf16DenseTflops: 600, memoryBandwidthTbs: 2 }),
  makeAccelerator({ id: "gpu-141gb", name: "Test 141 GB", memoryGb: 141, bf16DenseTflops: 1000, memoryBandwidthTbs: 4.8 }),
];
const PLACES = [
  { label: "Hong Kong", country: "HK", jurisdiction: "HK" },
  { label: "Shenzhen", country: "CN", jurisdiction: "CN" },
  { label: "Singapore", country: "SG", jurisdiction: "SG" },
] as const;

const offerArb = fc.record({
  price: fc.integer({ min: 5, max: 60 }),
  leadTimeDays: fc.integer({ min: 0, max: 90 }),
  place: fc.constantFrom(...PLACES),
  model: fc.constantFrom("h100-sxm", "gpu-40gb", "gpu-141gb"),
  maxAccelerators: fc.constantFrom(4, 8, 64),
  allocation: fc.constantFrom("accelerator", "node"),
  eligibility: fc.constantFrom(["any"], ["mainland-entity"], ["hk-company", "university"], ["host-country-entity"]),
});

const needsArb = fc.record({
  startInDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  residency: fc.constantFrom("hk-only", "hk-or-mainland", "anywhere"),
  minMemoryGb: fc.constantFrom(0, 80),
  budgetHkd: fc.option(fc.integer({ min: 50_000, max: 400_000 }), { nil: null }),
  peakGpus: fc.constantFrom(4, 8, 16),
});

const scenarioArb = fc.record({ offers: fc.array(offerArb, { minLength: 2, maxLength: 7 }), needs: needsArb });

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build({ offers, needs }: Scenario) {
  const cat = makeCatalogue({
    accelerators: ACCELERATORS,
    offers: offers.map((o, i) =>
      makeOffer({
        id: `offer-${i}`,
        family: o.place.jurisdiction === "SG" ? "overseas-sc" : "cloud",
        leadTimeDays: o.leadTimeDays,
        location: o.place,
        maxAccelerators: o.maxAccelerators,
        accelerator: { model: o.model, allocation: o.allocation },
        price: { perAcceleratorHour: o.price },
        eligibility: { anyOf: o.eligibility },
      }),
    ),
  });
  const n = makeNeeds({
    gpuHoursPerMonth: 2000,
    durationMonths: 3,
    startBy: needs.startInDays === null ? null : addDays(TEST_AS_OF, needs.startInDays),
    residency: needs.residency,
    accelerator: { model: "any", minMemoryGb: needs.minMemoryGb },
    budgetHkd: needs.budgetHkd,
    peakGpus: needs.peakGpus,
    multiNode: true,
  });
  return { cat, needs: n };
}

describe("hintsFor — properties", () => {
  it("every closest miss, applied, really admits the offer at the stated rank and cost; every what-if gives the stated winner", () => {
    const seen = { misses: 0, whatIfs: 0, rules: new Set<string>() };
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { cat, needs } = build(s);
        const base = recommend(needs, DEFAULT_WEIGHTS, cat, { referenceDate: TEST_AS_OF });
        const h = hintsFor(needs, DEFAULT_WEIGHTS, cat, { referenceDate: TEST_AS_OF, base });
        seen.misses += h.closestMisses.length;
        seen.whatIfs += h.whatIfs.length;
        for (const m of h.closestMisses) seen.rules.add(m.rule);
        for (const m of h.closestMisses) {
          const failed = base.excluded.find((e) => e.offerId === m.offerId)?.ruleChecks.filter((c) => !c.passed);
          expect(failed?.map((c) => c.rule)).toEqual([m.rule]);
          const after = recommend(applyChange(needs, m.change), DEFAULT_WEIGHTS, cat, { referenceDate: TEST_AS_OF });
          const r = after.ranked.find((x) => x.offerId === m.offerId);
          expect(r?.rank).toBe(m.wouldRank);
          expect(r?.costHkd).toBe(m.costHkd);
          expect(m.wouldRank).toBeLessThanOrEqual(3);
        }
        expect(h.whatIfs.length).toBeLessThanOrEqual(3);
        expect(new Set(h.whatIfs.map((w) => w.change.field)).size).toBe(h.whatIfs.length);
        for (const w of h.whatIfs) {
          const after = recommend(applyChange(needs, w.change), DEFAULT_WEIGHTS, cat, { referenceDate: TEST_AS_OF });
          expect(after.ranked[0]?.offerId).toBe(w.winner.offerId);
          expect(w.scoreGain > 0 || w.costSavingHkd > 0).toBe(true);
        }
      }),
      { numRuns: 80, seed: 20261203 },
    );
    // The generator must actually exercise the claims (not pass on empty lists).
    expect(seen.misses).toBeGreaterThan(20);
    expect(seen.whatIfs).toBeGreaterThan(5);
    expect(seen.rules.size).toBeGreaterThanOrEqual(4);
  });

  it("misses none: brute force over every one-rule exclusion finds exactly the reported closest misses", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { cat, needs } = build(s);
        const base = recommend(needs, DEFAULT_WEIGHTS, cat, { referenceDate: TEST_AS_OF });
        const h = hintsFor(needs, DEFAULT_WEIGHTS, cat, { referenceDate: TEST_AS_OF, base, maxRecommendCalls: 1000 });
        const expected = base.excluded.flatMap((e) => {
          const failed = e.ruleChecks.filter((c) => !c.passed);
          const change = failed.length === 1 && failed[0] ? smallestChange(failed[0], needs, TEST_AS_OF) : null;
          if (!change) return [];
          const r = recommend(applyChange(needs, change), DEFAULT_WEIGHTS, cat, { referenceDate: TEST_AS_OF }).ranked.find(
            (x) => x.offerId === e.offerId,
          );
          return r && r.rank <= 3 ? [e.offerId] : [];
        });
        expect(h.truncated).toBe(false);
        expect(h.closestMisses.map((m) => m.offerId).sort()).toEqual(expected.sort());
      }),
      { numRuns: 80, seed: 20261204 },
    );
  });
});
