import type { CentreScenario } from "@/lib/domain/demand/centre-scenario";

/** Version of the demand page's query parameters (decoding and migrations: demand-url-state.ts). */
export const DEMAND_STATE_VERSION = 1;

export type DemandPageState = {
  firms: number;
  seed: number;
  centre: CentreScenario;
  lambda: number;
  /** null = use the calibrated cloud constant. */
  centreConstant: number | null;
};

/** The page state as readable query parameters (the browser's half; no zod). */
export function encodeDemandState(s: DemandPageState): string {
  const q = new URLSearchParams({
    v: String(DEMAND_STATE_VERSION),
    firms: String(s.firms),
    seed: String(s.seed),
    price: String(s.centre.priceHkdPerCardHour),
    subsidy: String(s.centre.subsidyShare),
    elig: s.centre.subsidyEligibility,
    lead: String(s.centre.leadTimeDays),
    tools: s.centre.tools.join(","),
    cap: String(s.centre.capacityAccelerators),
    util: String(s.centre.targetUtilisation),
    lambda: String(s.lambda),
    asc: s.centreConstant === null ? "" : String(s.centreConstant),
  });
  return q.toString();
}
