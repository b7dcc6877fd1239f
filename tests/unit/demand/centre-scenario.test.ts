import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import {
  applyCentreScenario,
  CENTRE_FAMILY,
  CENTRE_SUBSIDY_ID,
  centreOffers,
  defaultCentreScenario,
  mainCentreOffer,
  scenarioNeeds,
  subsidyEligible,
  withoutCentre,
} from "@/lib/domain/demand/centre-scenario";
import { makeNeeds } from "@/tests/fixtures/builders";

const base = defaultCentreScenario(catalogue);

describe("centre scenario", () => {
  it("finds the centre's offers by family and reads the defaults from its main offer", () => {
    const offers = centreOffers(catalogue);
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.every((o) => o.family === CENTRE_FAMILY)).toBe(true);
    const main = mainCentreOffer(catalogue);
    expect(base.priceHkdPerCardHour).toBe(main.price.perAcceleratorHour);
    expect(base.leadTimeDays).toBe(main.leadTimeDays);
    expect(base.tools).toEqual(main.tools);
    const listed = catalogue.subsidies.find((s) => main.subsidySchemes.includes(s.id));
    expect(base.subsidyShare).toBe((listed?.coveragePct ?? 0) / 100);
  });

  it("sets price, lead time and tools on every centre offer and leaves the others alone", () => {
    const cat = applyCentreScenario(catalogue, { ...base, priceHkdPerCardHour: 42, leadTimeDays: 5, tools: ["api"] });
    for (const [i, o] of cat.offers.entries()) {
      const before = catalogue.offers[i]!;
      if (o.family !== CENTRE_FAMILY) expect(o).toBe(before);
      else expect(o).toMatchObject({ price: { currency: "HKD", perAcceleratorHour: 42 }, leadTimeDays: 5, tools: ["api"] });
    }
    expect(withoutCentre(cat).offers.some((o) => o.family === CENTRE_FAMILY)).toBe(false);
  });

  it("replaces the listed subsidy only on the subsidised route, with the scenario's share and no cap", () => {
    const cat = applyCentreScenario(catalogue, { ...base, subsidyShare: 0.4 });
    const scheme = cat.subsidies.find((s) => s.id === CENTRE_SUBSIDY_ID);
    expect(scheme).toMatchObject({ coveragePct: 40, capHkd: null, appliesTo: "compute" });
    for (const [i, o] of cat.offers.entries()) {
      if (o.family !== CENTRE_FAMILY) continue;
      expect(o.subsidySchemes).toEqual(catalogue.offers[i]!.subsidySchemes.length > 0 ? [CENTRE_SUBSIDY_ID] : []);
    }
  });

  it.each([
    ["all", { university: false, hkRegistered: false }, false, true],
    ["university", { university: true, hkRegistered: false }, false, true],
    ["university", { university: false, hkRegistered: true }, true, false],
    ["government-funded", { university: false, hkRegistered: true }, true, true],
    ["government-funded", { university: false, hkRegistered: true }, false, false],
    ["as-listed", { university: false, hkRegistered: true }, false, true],
    ["as-listed", { university: false, hkRegistered: false }, true, false],
  ] as const)("eligibility %s, organisation %j, government-funded %s → %s", (group, org, gov, eligible) => {
    const organisation = {
      hkRegistered: org.hkRegistered,
      mainlandEntity: false,
      university: org.university,
      hostCountryPartner: false,
      overseasEntities: [],
      memberOf: [],
    };
    expect(subsidyEligible({ governmentFunded: gov }, organisation, { subsidyEligibility: group }, catalogue)).toBe(eligible);
  });

  it("eligible firms claim the what-if subsidy once; others and a zero share do not", () => {
    const needs = makeNeeds({ workload: "inference", gpuHoursPerMonth: 10, durationMonths: 12 });
    const claimed = scenarioNeeds(needs, { governmentFunded: true }, { ...base, subsidyEligibility: "all" }, catalogue);
    expect(claimed.subsidies).toEqual([CENTRE_SUBSIDY_ID]);
    expect(scenarioNeeds(claimed, { governmentFunded: true }, { ...base, subsidyEligibility: "all" }, catalogue).subsidies).toEqual([
      CENTRE_SUBSIDY_ID,
    ]);
    expect(scenarioNeeds(needs, { governmentFunded: false }, { ...base, subsidyEligibility: "government-funded" }, catalogue)).toBe(needs);
    expect(scenarioNeeds(needs, { governmentFunded: true }, { ...base, subsidyShare: 0, subsidyEligibility: "all" }, catalogue)).toBe(
      needs,
    );
  });
});
