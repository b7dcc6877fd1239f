import { z } from "zod";
import { scenarioInputSchema, scenarioNameSchema } from "./scenario-input";
import { scenarioSnapshotSchema, type ScenarioSnapshot } from "./scenario-snapshot";
import type { ScenarioInput } from "./scenario-input";

/**
 * A scenario as a portable JSON file. `format` + `version` identify it; a future version adds a
 * migration here. Import validates the whole file; the frozen result travels with it, so a
 * re-imported scenario reports exactly what was exported (and can be recomputed later).
 */
export const SCENARIO_EXPORT_FORMAT = "compute-advisor-scenario";
export const SCENARIO_EXPORT_VERSION = 1;

export const scenarioExportSchema = z
  .object({
    format: z.literal(SCENARIO_EXPORT_FORMAT),
    version: z.literal(SCENARIO_EXPORT_VERSION),
    name: scenarioNameSchema,
    input: scenarioInputSchema,
    snapshot: scenarioSnapshotSchema,
    catalogueVersion: z.string().min(1),
    computedOn: z.iso.date(),
    exportedAt: z.iso.datetime(),
  })
  .strict();

export type ScenarioExport = {
  format: typeof SCENARIO_EXPORT_FORMAT;
  version: typeof SCENARIO_EXPORT_VERSION;
  name: string;
  input: ScenarioInput;
  snapshot: ScenarioSnapshot;
  catalogueVersion: string;
  computedOn: string;
  exportedAt: string;
};

export function exportScenario(
  s: { name: string; input: ScenarioInput; snapshot: ScenarioSnapshot; catalogueVersion: string; computedOn: string },
  exportedAt: Date,
): ScenarioExport {
  return {
    format: SCENARIO_EXPORT_FORMAT,
    version: SCENARIO_EXPORT_VERSION,
    name: s.name,
    input: s.input,
    snapshot: s.snapshot,
    catalogueVersion: s.catalogueVersion,
    computedOn: s.computedOn,
    exportedAt: exportedAt.toISOString(),
  };
}
