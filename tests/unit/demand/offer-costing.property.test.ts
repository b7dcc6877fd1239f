import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateCost } from "@/lib/domain/cost/estimate-cost";
import { providerLookup } from "@/lib/domain/cost/price-override";
import { costOffer, newPairCost, offerCosting } from "@/lib/domain/demand/offer-costing";
import { demandCatalogueOf, demandNeedsArb, demandOffersArb } from "@/tests/fixtures/demand-arbitraries";
import { makeCatalogue, makeNeeds, makeOffer } from "@/tests/fixtures/builders";

const throughputArb = fc.double({ min: 0.05, max: 8, noNaN: true, noDefaultInfinity: true });
const projectStartArb = fc.constantFrom("2026-11-25", "2027-01-31", "2027-06-15", "2027-10-06", "2028-03-01");

describe("costOffer agrees with estimateCost", () => {
  it("gives the engine's total, compute, effective, needed and billed hours for any offer and needs", () => {
    fc.assert(
      fc.property(
        demandOffersArb,
        demandNeedsArb,
        fc.nat(),
        throughputArb,
        throughputArb,
        projectStartArb,
        (offers, needs, pick, measuredOn, offerThroughput, projectStart) => {
          const cat = demandCatalogueOf(offers);
          const offer = cat.offers[pick % cat.offers.length]!;
          const costing = offerCosting(offer, cat);
          const engine = estimateCost(offer, needs, {
            fx: cat.fx,
            subsidies: cat.subsidies,
            measuredOnThroughput: measuredOn,
            offerThroughput,
            accelerator: costing.accelerator,
            projectStart,
            providerOf: providerLookup(cat.offers),
          });
          const pair = costOffer(costing, needs, measuredOn, offerThroughput, costing.listPriceHkd, projectStart, cat, newPairCost());
          expect(pair.totalHkd).toBe(engine.totalHkd);
          expect(pair.effectiveHours).toBe(engine.effectiveHours);
          expect(pair.neededHours).toBe(engine.neededHours);
          expect(pair.billedHours).toBe(engine.billedHours);
          const compute = engine.lines.filter((l) => l.kind === "compute").reduce((s, l) => s + l.amountHkd, 0);
          expect(pair.computeHkd).toBeCloseTo(compute, 6);
          const subsidy = -engine.lines.filter((l) => l.kind === "subsidy").reduce((s, l) => s + l.amountHkd, 0);
          expect(pair.subsidyHkd).toBeCloseTo(subsidy, 6);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("offerCosting / costOffer", () => {
  const offer = makeOffer({ price: { currency: "USD", perAcceleratorHour: 2.5 } });
  const cat = makeCatalogue({ offers: [offer] });

  it("reads the list price in HKD at the catalogue's exchange rate", () => {
    const c = offerCosting(cat.offers[0]!, cat);
    expect(c.rate).toBe(7.8);
    expect(c.listPriceHkd).toBeCloseTo(19.5, 10);
  });

  it("costs at the list price it is given (the price sweep), not the catalogue's", () => {
    const c = offerCosting(cat.offers[0]!, cat);
    const needs = makeNeeds({ gpuHoursPerMonth: 1000, durationMonths: 2 });
    const atList = costOffer(c, needs, 1, 1, c.listPriceHkd, "2026-12-01", cat, newPairCost());
    expect(atList.totalHkd).toBeCloseTo(2000 * 19.5, 6);
    const swept = costOffer(c, needs, 1, 1, 10, "2026-12-01", cat, newPairCost());
    expect(swept.totalHkd).toBeCloseTo(2000 * 10, 6);
  });

  it("writes into and returns the object it is given", () => {
    const c = offerCosting(cat.offers[0]!, cat);
    const out = newPairCost();
    expect(costOffer(c, makeNeeds(), 1, 1, c.listPriceHkd, "2026-12-01", cat, out)).toBe(out);
    expect(out.totalHkd).toBeGreaterThan(0);
  });

  it("refuses an offer whose accelerator the catalogue does not know", () => {
    const stray = { ...cat.offers[0]!, accelerator: { ...cat.offers[0]!.accelerator, model: "no-such-gpu" } };
    expect(() => offerCosting(stray, cat)).toThrow(/no-such-gpu/);
  });
});
