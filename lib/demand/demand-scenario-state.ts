import { z } from "zod";
import { CENTRE_CONSTANT_RANGE, LAMBDA_RANGE, MAX_PAGE_FIRMS, MAX_SEED } from "./demand-limits";
import { centreScenarioSchema } from "./demand-request";
import { DEMAND_POPULATION_SOURCES, DEMAND_STATE_VERSION, type DemandPageState } from "./encode-demand-state";

/**
 * The demand page's state as a saved scenario stores it (JSON): the population's source and
 * synthetic settings, every centre control, λ and the centre constant. The same limits as the
 * URL state (demand-url-state.ts) and POST /api/demand, but typed JSON, every centre field
 * required. Checked when a route receives it and again when a row is read back.
 */
export const demandScenarioStateSchema = z
  .object({
    source: z.enum(DEMAND_POPULATION_SOURCES),
    firms: z.number().int().min(1).max(MAX_PAGE_FIRMS),
    seed: z.number().int().min(0).max(MAX_SEED),
    centre: centreScenarioSchema.required(),
    lambda: z.number().min(LAMBDA_RANGE.min).max(LAMBDA_RANGE.max),
    /** null = the calibrated cloud constant. */
    centreConstant: z.number().min(CENTRE_CONSTANT_RANGE.min).max(CENTRE_CONSTANT_RANGE.max).nullable(),
  })
  .strict();

/** Version of the stored state's shape; a row of an older version is migrated on read (parseStoredDemandState). */
export const DEMAND_SCENARIO_STATE_VERSION = DEMAND_STATE_VERSION;

/** Migrations of stored state: MIGRATIONS[n] turns a version-n object into version n+1. */
const MIGRATIONS: Record<number, (state: unknown) => unknown> = {};

/**
 * A stored state of `version` → the current DemandPageState, or null when the version is
 * unknown or the object does not validate (a row written by a newer release, or damaged).
 */
export function parseStoredDemandState(value: unknown, version: number): DemandPageState | null {
  if (!Number.isInteger(version) || version < 1 || version > DEMAND_SCENARIO_STATE_VERSION) return null;
  let v = value;
  for (let n = version; n < DEMAND_SCENARIO_STATE_VERSION; n++) v = MIGRATIONS[n]?.(v) ?? v;
  const parsed = demandScenarioStateSchema.safeParse(v);
  return parsed.success ? parsed.data : null;
}
