import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBatchScorer } from "@/lib/domain/demand/batch-scorer";
import { centreTotalCenti, prepareCentre } from "@/lib/domain/demand/centre-sweep";
import { TEST_AS_OF } from "@/tests/fixtures/builders";
import { demandCatalogueOf, demandNeedsArb, demandOffersArb, demandWeightsArb } from "@/tests/fixtures/demand-arbitraries";

/*
 * The price sweep's shortcut (centre-sweep.ts): a centre offer's cost is costed twice, at list
 * price 0 and 1, and every other price is a·p + b — unless the pair is not affine (a capped
 * subsidy that binds, a minimum purchase…), when it is re-costed exactly. Whatever the pair,
 * the sweep's total at a price must be the batch scorer's (= recommend()'s, see
 * batch-scorer.property.test.ts) at that price, to the documented 0.01, and both must agree
 * on whether the budget excludes it.
 */
const price = fc.oneof(fc.constantFrom(0, 0.01, 1, 1000), fc.double({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true }));

describe("centreTotalCenti = the batch scorer at that price", () => {
  it("for random offers as centre offers, firms, weights and prices", () => {
    let affine = 0;
    let exact = 0;
    let ranked = 0;
    let excluded = 0;
    fc.assert(
      fc.property(
        demandOffersArb,
        fc.array(demandNeedsArb, { minLength: 1, maxLength: 3 }),
        demandWeightsArb,
        fc.array(price, { minLength: 1, maxLength: 4 }),
        (offers, workloads, weights, prices) => {
          const cat = demandCatalogueOf(offers);
          const scorer = createBatchScorer(workloads, cat, weights, TEST_AS_OF);
          // Every offer stands in as a centre offer: the sweep must hold for any of them.
          const centreOffers = cat.offers.map((_, i) => i);
          const prep = prepareCentre(
            scorer,
            centreOffers,
            (w) => workloads[w]!.durationMonths,
            (w) => workloads[w]!.budgetHkd,
          );
          workloads.forEach((_, w) => {
            centreOffers.forEach((o, k) => {
              const i = w * prep.centreCount + k;
              if (prep.feasible[i] === 1) {
                if (prep.affine[i] === 1) affine++;
                else exact++;
              }
              for (const p of prices) {
                const fast = centreTotalCenti(prep, scorer, w, k, p);
                const t = scorer.total(w, o, p);
                const want = t === null ? -1 : Math.round(t * 100);
                if (want === -1) {
                  excluded++;
                  expect(fast, `offer ${o} workload ${w} at ${p}`).toBe(-1);
                } else {
                  ranked++;
                  expect(Math.abs(fast - want), `offer ${o} workload ${w} at ${p}: ${fast} vs ${want}`).toBeLessThanOrEqual(1);
                }
              }
            });
          });
        },
      ),
      { numRuns: 120, seed: 20261203 },
    );
    // Not vacuous: both paths of the shortcut ran, and prices both ranked and excluded pairs.
    expect(affine).toBeGreaterThan(50);
    expect(exact).toBeGreaterThan(5);
    expect(ranked).toBeGreaterThan(200);
    expect(excluded).toBeGreaterThan(50);
  }, 120_000);

  it("a feasible pair's cost line is a·p + b with a ≥ 0: a dearer list price never costs less", () => {
    fc.assert(
      fc.property(demandOffersArb, demandNeedsArb, demandWeightsArb, (offers, needs, weights) => {
        const cat = demandCatalogueOf(offers);
        const scorer = createBatchScorer([needs], cat, weights, TEST_AS_OF);
        const prep = prepareCentre(
          scorer,
          cat.offers.map((_, i) => i),
          () => needs.durationMonths,
          () => needs.budgetHkd,
        );
        for (let k = 0; k < prep.centreCount; k++) {
          if (prep.feasible[k] !== 1 || prep.affine[k] !== 1) continue;
          expect(prep.costA[k]).toBeGreaterThanOrEqual(0);
          // At p = 0 and p = 250 the line gives the scorer's own cost.
          for (const p of [0, 250]) {
            const c = scorer.cost(0, k, p).totalHkd;
            expect(Math.abs(prep.costA[k]! * p + prep.costB[k]! - c)).toBeLessThanOrEqual(1e-6 * Math.max(1, c));
          }
        }
      }),
      { numRuns: 80, seed: 7 },
    );
  }, 120_000);
});
