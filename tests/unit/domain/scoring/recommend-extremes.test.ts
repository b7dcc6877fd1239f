import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend, type Recommendation } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { WORKLOADS } from "@/lib/needs/needs-vocabulary";
import { needsSchema, type Needs } from "@/lib/needs/needs-schema";
import { makeNeeds, TEST_AS_OF } from "@/tests/fixtures/builders";

/** Every figure finite and non-negative, every score 0–100, every offer accounted for once. */
function expectSane(rec: Recommendation) {
  expect(rec.ranked.length + rec.excluded.length).toBe(catalogue.offers.length);
  for (const r of rec.ranked) {
    for (const x of [r.costHkd, r.monthlyCostHkd, r.timeToResultDays, r.cost.hkdPerEffectiveHour, r.cost.billedHours]) {
      expect(Number.isFinite(x), `${r.offerId}: ${x}`).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
    }
    for (const line of r.costBreakdown) expect(Number.isFinite(line.amountHkd)).toBe(true);
    expect(r.total).toBeGreaterThanOrEqual(0);
    expect(r.total).toBeLessThanOrEqual(100);
    for (const f of Object.values(r.factors)) {
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThanOrEqual(100);
    }
  }
  for (const e of rec.excluded) if (e.costHkd !== undefined) expect(Number.isFinite(e.costHkd)).toBe(true);
}

const run = (needs: Needs) => recommend(needs, DEFAULT_WEIGHTS, catalogue, { referenceDate: TEST_AS_OF });

describe("valid but extreme needs", () => {
  it.each(WORKLOADS)("%s: 1e9 GPU-hours a month for 1,000 months (beyond the form's bounds, straight to the engine)", (workload) => {
    const needs = { ...makeNeeds({ workload, gpuHoursPerMonth: 1000, durationMonths: 1 }), gpuHoursPerMonth: 1e9, durationMonths: 1000, storageTb: 100_000, egressTbPerMonth: 100_000 };
    const rec = run(needs);
    expectSane(rec);
    expect(rec.ranked.length).toBeGreaterThan(0); // not vacuous: these figures are ranked, not all excluded
  });

  it("budget 0 leaves only options that cost nothing, and every excluded one says by how much", () => {
    const rec = run(makeNeeds({ workload: "inference", gpuHoursPerMonth: 100, durationMonths: 1, budgetHkd: 0 }));
    expectSane(rec);
    for (const r of rec.ranked) expect(r.costHkd).toBe(0);
    expect(rec.excluded.some((e) => e.reasons.some((x) => x.code === "exclude.budget"))).toBe(true);
  });

  it("any combination of the schema's bounds gives finite, non-negative costs and totals within 0–100", () => {
    const pick = <T,>(...xs: T[]) => fc.constantFrom(...xs);
    fc.assert(
      fc.property(
        fc.record({
          workload: pick(...WORKLOADS),
          gpuHoursPerMonth: pick(1, 1.5, 10_000_000),
          durationMonths: pick(1, 120),
          peakGpus: pick(1, 100_000),
          storageTb: pick(0, 100_000),
          egressTbPerMonth: pick(0, 100_000),
          budgetHkd: pick(null, 0, 1e12),
          multiNode: fc.boolean(),
          residency: pick("anywhere" as const, "hk-only" as const),
          dataSensitivity: pick("public" as const, "confidential" as const),
          discount: pick(0, 100),
          quote: pick(0.001, 100_000),
          subsidies: fc.subarray(catalogue.subsidies.map((s) => s.id)),
        }),
        ({ discount, quote, ...n }) => {
          const [a, b] = catalogue.offers;
          const needs = needsSchema.parse({
            ...n,
            priceOverrides: [
              { offerId: a!.id, discountPct: discount },
              { offerId: b!.id, quotedPricePerAcceleratorHour: quote, currency: "USD" },
            ],
          });
          expectSane(run(needs));
        },
      ),
      { numRuns: 300, seed: 20261203 },
    );
  });
});
