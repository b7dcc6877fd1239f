import { describe, expect, it } from "vitest";
import { normaliseWeights, type Weights } from "@/lib/domain/factors";
import type { HintChange } from "@/lib/domain/hints/hint-change";
import { hintsFor, type Hints } from "@/lib/domain/hints/hints-for";
import { recommend } from "@/lib/domain/scoring/recommend";
import type { NeedsInput } from "@/lib/needs/needs-schema";
import {
  TEST_AS_OF,
  makeAccelerator,
  makeCatalogue,
  makeNeeds,
  makeOffer,
  type CatalogueParts,
  type OfferOverrides,
} from "@/tests/fixtures/builders";

// Price only: the total is the price score alone, so the cheaper option always ranks higher and
// each expected rank below follows from the prices by hand. 1,000 GPU-hours of the reference GPU
// for one month: cost = 1,000 × price (HKD).
const PRICE_ONLY: Weights = normaliseWeights({ price: 1 });
const MAINLAND = { label: "Shenzhen", country: "CN", jurisdiction: "CN" } as const;
const GPU_40GB = makeAccelerator({ id: "gpu-40gb", name: "Test 40 GB", memoryGb: 40 });

/** The always-admitted HK offer at HKD 20 (cost 20,000). */
const REF = { id: "z-ref", perAcceleratorHour: 20 };
const offer = (id: string, price: number, more: OfferOverrides = {}) => makeOffer({ id, ...more, price: { perAcceleratorHour: price } });
const hints = (parts: CatalogueParts, needs: Partial<NeedsInput>, opts: { top?: number; weights?: Weights } = {}): Hints =>
  hintsFor(makeNeeds(needs), opts.weights ?? PRICE_ONLY, makeCatalogue(parts), { referenceDate: TEST_AS_OF, top: opts.top });

type Row = {
  name: string;
  offers: ReturnType<typeof makeOffer>[];
  needs: Partial<NeedsInput>;
  expected: { offerId: string; rule: string; change: HintChange; userCanChange: boolean; wouldRank: number; costHkd: number };
};

// TEST_AS_OF is 2026-11-25.
const ROWS: Row[] = [
  {
    name: "start date: 30-day lead time, start wanted in 10 days → 20 days later",
    offers: [offer("a-slow", 10, { leadTimeDays: 30 }), offer(REF.id, REF.perAcceleratorHour)],
    needs: { startBy: "2026-12-05" },
    expected: {
      offerId: "a-slow",
      rule: "lead-time",
      change: { field: "startBy", from: "2026-12-05", to: "2026-12-25", deltaDays: 20 },
      userCanChange: true,
      wouldRank: 1,
      costHkd: 10_000,
    },
  },
  {
    name: "residency: a mainland offer under hk-only → hk-or-mainland (not anywhere)",
    offers: [offer("b-mainland", 15, { location: MAINLAND }), offer(REF.id, REF.perAcceleratorHour)],
    needs: { residency: "hk-only" },
    expected: {
      offerId: "b-mainland",
      rule: "residency",
      change: { field: "residency", from: "hk-only", to: "hk-or-mainland" },
      userCanChange: true,
      wouldRank: 1,
      costHkd: 15_000,
    },
  },
  {
    name: "budget: HKD 24,000 over a HKD 22,000 budget → raised by exactly 2,000; ranks below the cheaper one",
    offers: [offer("c-dear", 24), offer(REF.id, REF.perAcceleratorHour)],
    needs: { budgetHkd: 22_000 },
    expected: {
      offerId: "c-dear",
      rule: "budget",
      change: { field: "budgetHkd", from: 22_000, to: 24_000, deltaHkd: 2_000 },
      userCanChange: true,
      wouldRank: 2,
      costHkd: 24_000,
    },
  },
  {
    name: "memory: a 40 GB accelerator under an 80 GB minimum → minimum lowered to 40",
    offers: [offer("d-40gb", 12, { accelerator: { model: "gpu-40gb" } }), offer(REF.id, REF.perAcceleratorHour)],
    needs: { accelerator: { model: "any", minMemoryGb: 80 } },
    expected: {
      offerId: "d-40gb",
      rule: "accelerator-memory",
      change: { field: "accelerator.minMemoryGb", from: 80, to: 40 },
      userCanChange: true,
      wouldRank: 1,
      costHkd: 12_000,
    },
  },
  {
    name: "concurrency: a 4-accelerator quota under a peak of 8 → peak down to 4",
    offers: [offer("e-small-quota", 10, { maxAccelerators: 4 }), offer(REF.id, REF.perAcceleratorHour)],
    needs: { peakGpus: 8 },
    expected: {
      offerId: "e-small-quota",
      rule: "concurrency",
      change: { field: "peakGpus", from: 8, to: 4 },
      userCanChange: true,
      wouldRank: 1,
      costHkd: 10_000,
    },
  },
  {
    name: "eligibility: mainland entities only → the organisation would need a mainland entity (a condition, not a change)",
    offers: [offer("f-mainland-entity", 10, { eligibility: { anyOf: ["mainland-entity"] } }), offer(REF.id, REF.perAcceleratorHour)],
    needs: {},
    expected: {
      offerId: "f-mainland-entity",
      rule: "eligibility",
      change: { field: "organisation", needs: { kind: "mainland-entity" } },
      userCanChange: false,
      wouldRank: 1,
      costHkd: 10_000,
    },
  },
  {
    name: "eligibility: host-country entity of a Singapore centre → an entity in SG",
    offers: [
      offer("g-sg-centre", 10, {
        family: "overseas-sc",
        location: { label: "Singapore", country: "SG", jurisdiction: "SG" },
        eligibility: { anyOf: ["host-country-entity"] },
      }),
      offer(REF.id, REF.perAcceleratorHour),
    ],
    needs: {},
    expected: {
      offerId: "g-sg-centre",
      rule: "eligibility",
      change: { field: "organisation", needs: { kind: "host-country-entity", country: "SG" } },
      userCanChange: false,
      wouldRank: 1,
      costHkd: 10_000,
    },
  },
];

describe("hintsFor — closest misses (smallest change worked out by hand)", () => {
  it.each(ROWS)("$name", ({ offers, needs, expected }) => {
    const h = hintsFor(makeNeeds(needs), PRICE_ONLY, makeCatalogue({ offers, accelerators: [GPU_40GB] }), { referenceDate: TEST_AS_OF });
    expect(h.closestMisses).toHaveLength(1);
    expect(h.closestMisses[0]).toMatchObject({ kind: "closest-miss", ...expected });
    expect(h.truncated).toBe(false);
  });

  it("gives nothing for an option that fails two rules, even if it would be first", () => {
    const h = hints(
      { offers: [offer("a-two-rules", 5, { leadTimeDays: 30, location: MAINLAND }), offer(REF.id, 20)] },
      {
        startBy: "2026-12-05",
        residency: "hk-only",
      },
    );
    expect(h.closestMisses).toEqual([]);
  });

  it("gives nothing for a rule that describes the job (restricted data outside HK)", () => {
    const h = hints({ offers: [offer("b-mainland", 5, { location: MAINLAND }), offer(REF.id, 20)] }, { dataSensitivity: "restricted" });
    expect(h.closestMisses).toEqual([]);
  });

  it("keeps only misses that would reach the top `top` places", () => {
    // Ranked today at 10, 11, 12; the late one at 13 would be 4th.
    const offers = [offer("r1", 10), offer("r2", 11), offer("r3", 12), offer("z-late", 13, { leadTimeDays: 30 })];
    expect(hints({ offers }, { startBy: "2026-12-05" }).closestMisses).toEqual([]);
    expect(hints({ offers }, { startBy: "2026-12-05" }, { top: 4 }).closestMisses.map((m) => [m.offerId, m.wouldRank])).toEqual([
      ["z-late", 4],
    ]);
  });

  it("an admitting change that then breaks the budget is no hint (the engine re-run decides)", () => {
    const h = hints(
      { offers: [offer("a-slow-dear", 30, { leadTimeDays: 30 }), offer(REF.id, 20)] },
      {
        startBy: "2026-12-05",
        budgetHkd: 25_000,
      },
    );
    expect(h.closestMisses).toEqual([]);
  });

  it("lists misses by the rank they would have, then id; options sharing a change share one run", () => {
    const offers = [
      offer("m-mainland-2", 16, { location: MAINLAND }),
      offer("m-mainland-1", 15, { location: MAINLAND }),
      offer("a-slow", 12, { leadTimeDays: 30 }),
      offer(REF.id, 20),
    ];
    const h = hints({ offers }, { startBy: "2026-12-05", residency: "hk-only" });
    expect(h.closestMisses.map((m) => [m.offerId, m.wouldRank])).toEqual([
      ["a-slow", 1],
      ["m-mainland-1", 1],
      ["m-mainland-2", 2],
    ]);
    // 1 base + 1 screening + 1 start-date run + 1 residency run (shared by both mainland offers).
    expect(h.recommendCalls).toBe(4);
  });

  it("does not re-run for an option that cannot reach the top (screening), and reuses a given base", () => {
    const offers = [offer("r1", 10), offer("r2", 11), offer("r3", 12), offer("z-late", 13, { leadTimeDays: 30 })];
    const needs = makeNeeds({ startBy: "2026-12-05" });
    const cat = makeCatalogue({ offers });
    const base = recommend(needs, PRICE_ONLY, cat, { referenceDate: TEST_AS_OF });
    const h = hintsFor(needs, PRICE_ONLY, cat, { referenceDate: TEST_AS_OF, base });
    expect(h.recommendCalls).toBe(1); // the screening run only
  });

  it("stops at maxRecommendCalls and says so", () => {
    const offers = [offer("a-slow", 10, { leadTimeDays: 30 }), offer("b-mainland", 11, { location: MAINLAND }), offer(REF.id, 20)];
    const h = hintsFor(makeNeeds({ startBy: "2026-12-05", residency: "hk-only" }), PRICE_ONLY, makeCatalogue({ offers }), {
      referenceDate: TEST_AS_OF,
      maxRecommendCalls: 3,
    });
    expect(h.recommendCalls).toBe(3);
    expect(h.truncated).toBe(true);
    expect(h.closestMisses.map((m) => m.offerId)).toEqual(["a-slow"]);
  });
});

describe("hintsFor — what-ifs", () => {
  // Today's winner is z-ref (HKD 20). Start date admits a (10), memory d (12), residency b (15).
  const offers = [
    offer("a-slow", 10, { leadTimeDays: 30 }),
    offer("b-mainland", 15, { location: MAINLAND }),
    offer("d-40gb", 12, { accelerator: { model: "gpu-40gb" } }),
    offer(REF.id, 20),
  ];
  const parts = { offers, accelerators: [GPU_40GB] };
  const needs: Partial<NeedsInput> = { startBy: "2026-12-05", residency: "hk-only", accelerator: { model: "any", minMemoryGb: 80 } };

  it("ranks one change per field by the gain in the winner's score, best first", () => {
    const h = hints(parts, needs);
    expect(h.whatIfs.map((w) => [w.change.field, w.winner.offerId])).toEqual([
      ["startBy", "a-slow"],
      ["accelerator.minMemoryGb", "d-40gb"],
      ["residency", "b-mainland"],
    ]);
    for (const w of h.whatIfs) {
      expect(w.previous?.offerId).toBe("z-ref");
      expect(w.scoreGain).toBeGreaterThan(0);
    }
    expect(h.whatIfs[0]?.scoreGain).toBeGreaterThan(h.whatIfs[1]?.scoreGain ?? Infinity);
    expect(h.whatIfs[0]?.costSavingHkd).toBe(10_000);
  });

  it("returns at most `top` what-ifs", () => {
    expect(hints(parts, needs, { top: 2 }).whatIfs.map((w) => w.change.field)).toEqual(["startBy", "accelerator.minMemoryGb"]);
  });

  it("never proposes a change that leaves the winner as it is", () => {
    // The late option is dearer than the winner: admitting it would not change the top.
    const h = hints({ offers: [offer("a-slow-dear", 25, { leadTimeDays: 30 }), offer(REF.id, 20)] }, { startBy: "2026-12-05" });
    expect(h.closestMisses.map((m) => m.offerId)).toEqual(["a-slow-dear"]);
    expect(h.whatIfs).toEqual([]);
  });

  it("with nothing ranked, any change that ranks something is a what-if", () => {
    const h = hints({ offers: [offer("a-slow", 10, { leadTimeDays: 30 })] }, { startBy: "2026-12-05" });
    expect(h.whatIfs).toHaveLength(1);
    expect(h.whatIfs[0]).toMatchObject({ previous: null, winner: { offerId: "a-slow" }, costSavingHkd: 0 });
  });
});
