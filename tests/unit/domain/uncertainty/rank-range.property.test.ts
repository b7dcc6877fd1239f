import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recommend } from "@/lib/domain/scoring/recommend";
import { normaliseWeights } from "@/lib/domain/factors";
import { TEST_AS_OF, makeCatalogue, makeNeeds, makeOffer } from "@/tests/fixtures/builders";

/** Offers that differ in price, lead time and queue, some with ranges around their point values. */
const offerArb = (i: number) =>
  fc
    .record({
      price: fc.double({ min: 1, max: 200, noNaN: true }),
      lead: fc.integer({ min: 0, max: 120 }),
      queue: fc.integer({ min: 0, max: 20 }),
      priceBand: fc.option(fc.tuple(fc.double({ min: 0.3, max: 1, noNaN: true }), fc.double({ min: 1, max: 3, noNaN: true })), {
        nil: undefined,
      }),
      leadBand: fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 60 })), { nil: undefined }),
    })
    .map(({ price, lead, queue, priceBand, leadBand }) =>
      makeOffer({
        id: `o${i}`,
        price: { perAcceleratorHour: price },
        leadTimeDays: lead,
        queueWaitDays: queue,
        ranges: {
          ...(priceBand
            ? {
                "price.perAcceleratorHour": {
                  low: price * priceBand[0],
                  high: price * priceBand[1],
                  reasoning: "generated range for the property test",
                },
              }
            : {}),
          ...(leadBand
            ? {
                leadTimeDays: {
                  low: Math.max(0, lead - leadBand[0]),
                  high: lead + leadBand[1],
                  reasoning: "generated range for the property test",
                },
              }
            : {}),
        },
      }),
    );

const catalogueArb = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => offerArb(i))));
const weightsArb = fc
  .tuple(...Array.from({ length: 5 }, () => fc.double({ min: 0, max: 1, noNaN: true })))
  .filter((w) => w.some((x) => x > 1e-3))
  .map(([price, security, performance, approval, ux]) => normaliseWeights({ price, security, performance, approval, ux }));

describe("cost and rank ranges — properties", () => {
  it("every option's cost lies in its cost range and its rank in its rank range; offers without ranges have a point cost range", () => {
    fc.assert(
      fc.property(catalogueArb, weightsArb, (offers, weights) => {
        const rec = recommend(makeNeeds({ durationMonths: 3 }), weights, makeCatalogue({ offers }), { referenceDate: TEST_AS_OF });
        for (const r of rec.ranked) {
          expect(r.costRangeHkd.low).toBeLessThanOrEqual(r.costHkd);
          expect(r.costHkd).toBeLessThanOrEqual(r.costRangeHkd.high);
          expect(r.rankRange.best).toBeGreaterThanOrEqual(1);
          expect(r.rankRange.best).toBeLessThanOrEqual(r.rank);
          expect(r.rank).toBeLessThanOrEqual(r.rankRange.worst);
          expect(r.rankRange.worst).toBeLessThanOrEqual(rec.ranked.length);
          if (r.rangeDrivers.length === 0) expect(r.costRangeHkd).toEqual({ low: r.costHkd, high: r.costHkd });
        }
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});
