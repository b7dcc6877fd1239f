import type { Scenario } from "@/lib/persistence/records";

/** What a report or comparison says about where its results came from. */
export type ProvenanceScenario = Pick<Scenario, "computedOn" | "catalogueVersion">;

/**
 * When the scenarios' results were computed and from which catalogue version(s), each distinct
 * value once, in the scenarios' order (one scenario: its own date and version).
 */
export function scenarioProvenance(scenarios: readonly ProvenanceScenario[]): { computedOn: string; catalogueVersion: string } {
  const distinct = (values: string[]) => [...new Set(values)].join(", ");
  return {
    computedOn: distinct(scenarios.map((s) => s.computedOn)),
    catalogueVersion: distinct(scenarios.map((s) => s.catalogueVersion)),
  };
}
