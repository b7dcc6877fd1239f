import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { defaultCentreScenario, type CentreScenario } from "@/lib/domain/demand/centre-scenario";
import type { CentreScenarioInput } from "./demand-request";

/** A validated centre input with the optional fields filled from the catalogue's defaults. */
export function resolveCentre(input: CentreScenarioInput, cat: Catalogue): CentreScenario {
  const d = defaultCentreScenario(cat);
  return {
    priceHkdPerCardHour: input.priceHkdPerCardHour,
    subsidyShare: input.subsidyShare,
    subsidyEligibility: input.subsidyEligibility ?? d.subsidyEligibility,
    leadTimeDays: input.leadTimeDays,
    tools: input.tools ?? d.tools,
    capacityAccelerators: input.capacityAccelerators,
    targetUtilisation: input.targetUtilisation,
  };
}
