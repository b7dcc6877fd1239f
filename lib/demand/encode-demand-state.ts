import type { CentreScenario } from "@/lib/domain/demand/centre-scenario";

/** Version of the demand page's query parameters (decoding and migrations: demand-url-state.ts). */
export const DEMAND_STATE_VERSION = 1;

/**
 * Where a saved or linked state takes its firms from: the seeded synthetic population, or the
 * saved consultations' current scenarios (signed-in advisors only). An imported CSV file is
 * never part of a link or a saved scenario (it stays in the browser).
 */
export const DEMAND_POPULATION_SOURCES = ["synthetic", "consultations"] as const;
export type DemandPopulationSource = (typeof DEMAND_POPULATION_SOURCES)[number];

export type DemandPageState = {
  source: DemandPopulationSource;
  /** The synthetic population's size and seed (kept when the source is the consultations). */
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
  // Absent = synthetic, so links made before the consultations source read the same.
  if (s.source !== "synthetic") q.set("pop", s.source);
  return q.toString();
}
