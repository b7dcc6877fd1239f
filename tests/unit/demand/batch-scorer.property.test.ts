import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import type { Weights } from "@/lib/domain/factors";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Needs } from "@/lib/needs/needs-schema";
import { createBatchScorer, EXCLUDED, type ExtraSubsidy } from "@/lib/domain/demand/batch-scorer";
import { generatePopulation } from "@/lib/domain/demand/generate-population";
import {
  applyCentreScenario,
  CENTRE_SUBSIDY_ID,
  defaultCentreScenario,
  scenarioClaimFor,
  scenarioNeeds,
} from "@/lib/domain/demand/centre-scenario";
import { TEST_AS_OF } from "@/tests/fixtures/builders";
import { DEMAND_SUBSIDIES, demandCatalogueOf, demandNeedsArb, demandOffersArb, demandWeightsArb } from "@/tests/fixtures/demand-arbitraries";

/** recommend()'s total per offer id, null for excluded offers. */
function engineTotals(needs: Needs, weights: Weights, cat: Catalogue): Map<string, number | null> {
  const rec = recommend(needs, weights, cat, { referenceDate: TEST_AS_OF });
  return new Map<string, number | null>([
    ...rec.ranked.map((r) => [r.offerId, r.total] as const),
    ...rec.excluded.map((e) => [e.offerId, null] as const),
  ]);
}

/** `engineWorkloads`: the needs recommend() sees (default: the scorer's own; differs when `extra` adds a claim). */
function expectSameAsEngine(workloads: Needs[], weights: Weights, cat: Catalogue, extra?: ExtraSubsidy, engineWorkloads = workloads) {
  const scorer = createBatchScorer(workloads, cat, weights, TEST_AS_OF, extra);
  const all = scorer.scoreAll();
  engineWorkloads.forEach((needs, w) => {
    const expected = engineTotals(needs, weights, cat);
    cat.offers.forEach((offer, o) => {
      const want = expected.get(offer.id) ?? null;
      expect(scorer.total(w, o), `${offer.id} workload ${w}`).toBe(want);
      expect(all[w * cat.offers.length + o]).toBe(want === null ? EXCLUDED : Math.round(want * 100));
    });
  });
}

describe("batch scorer = recommend()", () => {
  it("gives the engine's exact total (or exclusion) for random firms, offers and weights", () => {
    fc.assert(
      fc.property(
        demandOffersArb,
        fc.array(demandNeedsArb, { minLength: 1, maxLength: 4 }),
        demandWeightsArb,
        (offers, workloads, weights) => {
          expectSameAsEngine(workloads, weights, demandCatalogueOf(offers));
        },
      ),
      { numRuns: 150, seed: 20261203 },
    );
  });

  it("the random cases are not vacuous: they rank, exclude and hit the budget", () => {
    const samples = fc.sample(fc.tuple(demandOffersArb, demandNeedsArb), { numRuns: 200, seed: 7 });
    const recs = samples.map(([offers, needs]) =>
      recommend(needs, DEFAULT_WEIGHTS, demandCatalogueOf(offers), { referenceDate: TEST_AS_OF }),
    );
    expect(recs.filter((r) => r.ranked.length > 0).length).toBeGreaterThan(60);
    expect(recs.filter((r) => r.excluded.some((e) => e.reasons[0]?.code === "exclude.budget")).length).toBeGreaterThan(5);
    // The subsidy rules the mirror restates: a scheme's end date, a city voucher off its city, a set share.
    const notes = (code: string) => recs.filter((r) => r.ranked.some((o) => o.reasons.some((n) => n.code === code))).length;
    expect(notes("subsidy.ends")).toBeGreaterThan(5);
    expect(notes("subsidy.wrong-city")).toBeGreaterThan(5);
    expect(samples.filter(([, n]) => Object.keys(n.subsidyShares).length > 0 && n.subsidies.length > 0).length).toBeGreaterThan(20);
  });

  it("matches the engine on the real catalogue for a generated population, with and without the centre what-if", () => {
    const firms = generatePopulation(60, 11);
    const workloads = firms.flatMap((f) => f.workloads);
    expectSameAsEngine(workloads, DEFAULT_WEIGHTS, catalogue);
    const scenario = { ...defaultCentreScenario(catalogue), priceHkdPerCardHour: 9.5, subsidyShare: 0.5, leadTimeDays: 10 };
    const cat = applyCentreScenario(catalogue, scenario);
    const scenarioWorkloads = firms.flatMap((f) => f.workloads.map((n) => scenarioNeeds(n, f, scenario, catalogue)));
    expectSameAsEngine(scenarioWorkloads, DEFAULT_WEIGHTS, cat);
    // scorePopulation's path: the needs as they are, the claims as flags; recommend() sees the claims in the needs.
    const claims = scenarioClaimFor(scenario, catalogue);
    const claimed = Uint8Array.from(firms.flatMap((f) => f.workloads.map((n) => (claims(n, f) ? 1 : 0))));
    expect(claimed.filter((c) => c === 1).length).toBeGreaterThan(10);
    expectSameAsEngine(workloads, DEFAULT_WEIGHTS, cat, { schemeId: CENTRE_SUBSIDY_ID, claimed }, scenarioWorkloads);
  }, 120_000);

  it("an extra subsidy claim costs as if the scheme were appended to the needs' subsidies", () => {
    fc.assert(
      fc.property(
        demandOffersArb,
        fc.array(fc.tuple(demandNeedsArb, fc.boolean()), { minLength: 1, maxLength: 4 }),
        demandWeightsArb,
        fc.constantFrom(...DEMAND_SUBSIDIES.map((sc) => sc.id)),
        (offers, rows, weights, schemeId) => {
          const cat = demandCatalogueOf(offers);
          const workloads = rows.map(([n]) => ({ ...n, subsidies: n.subsidies.filter((id) => id !== schemeId) }));
          const claimed = Uint8Array.from(rows, ([, c]) => (c ? 1 : 0));
          const engine = workloads.map((n, w) => (claimed[w] === 1 ? { ...n, subsidies: [...n.subsidies, schemeId] } : n));
          expectSameAsEngine(workloads, weights, cat, { schemeId, claimed }, engine);
        },
      ),
      { numRuns: 100, seed: 20261204 },
    );
  });
});
