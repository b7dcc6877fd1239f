import "server-only";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { catalogue } from "@/lib/catalogue/catalogue";
import { computeScenario, type ComputedScenario } from "./compute-scenario";
import type { ScenarioInput } from "./scenario-input";

/** Computes a scenario with today's catalogue, for today's Hong Kong date. */
export function computeToday(input: ScenarioInput, now: Date = new Date()): ComputedScenario {
  return computeScenario(input, catalogue, hongKongDate(now));
}
