import { z } from "zod";
import { demandScenarioStateSchema, parseStoredDemandState } from "@/lib/demand/demand-scenario-state";
import type { DemandPageState } from "@/lib/demand/encode-demand-state";
import { DEMAND_SCENARIO_NAME_MAX } from "@/lib/demand/demand-limits";
import { storableText } from "./storable-text";

/** Saved demand scenarios (the demand page's settings under a name). Every row passes through these schemas once. */

export const demandScenarioNameSchema = storableText(z.string().trim().min(1).max(DEMAND_SCENARIO_NAME_MAX));

/** A new saved scenario: its name and the page state. */
export const newDemandScenarioSchema = z.object({ name: demandScenarioNameSchema, state: demandScenarioStateSchema }).strict();
export type NewDemandScenario = z.input<typeof newDemandScenarioSchema>;

/** A rename and/or new settings; at least one of the two. */
export const demandScenarioPatchSchema = z
  .object({ name: demandScenarioNameSchema, state: demandScenarioStateSchema })
  .partial()
  .strict()
  .refine((p) => p.name !== undefined || p.state !== undefined, { params: { key: "empty-patch" } });
export type DemandScenarioPatch = z.input<typeof demandScenarioPatchSchema>;

export type DemandScenario = {
  id: string;
  name: string;
  state: DemandPageState;
  createdAt: string;
  updatedAt: string;
};

const isoInstant = z.iso.datetime();

const demandScenarioRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  stateJson: z.string(),
  stateVersion: z.number().int(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

/**
 * A demand_scenarios row → DemandScenario: the JSON state parsed, migrated from its version and
 * validated. Throws on a corrupt row (a bug or a damaged database, not user input).
 */
export function demandScenarioFromRow(row: unknown): DemandScenario {
  const r = demandScenarioRowSchema.parse(row);
  const state = parseStoredDemandState(JSON.parse(r.stateJson), r.stateVersion);
  if (!state) throw new Error(`demand scenario ${r.id}: stored state does not validate (version ${r.stateVersion})`);
  return { id: r.id, name: r.name, state, createdAt: r.createdAt, updatedAt: r.updatedAt };
}
