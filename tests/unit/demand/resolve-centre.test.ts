import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { centreScenarioSchema, type CentreScenarioInput } from "@/lib/demand/demand-request";
import { resolveCentre } from "@/lib/demand/resolve-centre";
import { defaultCentreScenario } from "@/lib/domain/demand/centre-scenario";
import { makeCatalogue, makeOffer, makeSubsidy } from "@/tests/fixtures/builders";

const REQUIRED: CentreScenarioInput = centreScenarioSchema.parse({
  priceHkdPerCardHour: 33,
  subsidyShare: 0.25,
  leadTimeDays: 12,
  capacityAccelerators: 900,
  targetUtilisation: 0.6,
});

describe("resolveCentre", () => {
  it("keeps every required figure the request gives", () => {
    expect(resolveCentre(REQUIRED, catalogue)).toMatchObject({
      priceHkdPerCardHour: 33,
      subsidyShare: 0.25,
      leadTimeDays: 12,
      capacityAccelerators: 900,
      targetUtilisation: 0.6,
    });
  });

  it("fills eligibility and tools from the catalogue's defaults when the request leaves them out", () => {
    const d = defaultCentreScenario(catalogue);
    const r = resolveCentre(REQUIRED, catalogue);
    expect(r.subsidyEligibility).toBe(d.subsidyEligibility);
    expect(r.tools).toEqual(d.tools);
  });

  it("uses the request's eligibility and tools when given, even an empty tool list", () => {
    const r = resolveCentre({ ...REQUIRED, subsidyEligibility: "university", tools: [] }, catalogue);
    expect(r.subsidyEligibility).toBe("university");
    expect(r.tools).toEqual([]);
    expect(resolveCentre({ ...REQUIRED, tools: ["slurm"] }, catalogue).tools).toEqual(["slurm"]);
  });

  it("takes default tools from the given catalogue's main centre offer (the largest allocation)", () => {
    const cat = makeCatalogue({
      offers: [
        makeOffer({ id: "centre-big", family: "hk-sc", maxAccelerators: 512, tools: ["jupyter", "slurm"], subsidySchemes: ["hk-aiss"] }),
        makeOffer({ id: "centre-small", family: "hk-sc", maxAccelerators: 8, tools: ["api"] }),
      ],
      subsidies: [makeSubsidy({ coveragePct: 70 })],
    });
    const r = resolveCentre(REQUIRED, cat);
    expect(r.tools).toEqual(["jupyter", "slurm"]);
    // The request's price and share win over the catalogue's (HKD 20, 70%).
    expect(r.priceHkdPerCardHour).toBe(33);
    expect(r.subsidyShare).toBe(0.25);
  });

  it("resolves to a complete scenario: exactly the fields the engine's scenario has", () => {
    expect(Object.keys(resolveCentre(REQUIRED, catalogue)).sort()).toEqual(Object.keys(defaultCentreScenario(catalogue)).sort());
  });
});
