import { z } from "zod";
import { and, asc, desc, eq, gt, isNotNull, isNull, lt, sql, type Column, type SQL } from "drizzle-orm";
import { scenarioInputSchema } from "@/lib/consultations/scenario-input";
import type { Needs } from "@/lib/needs/needs-schema";
import { newId } from "./new-id";
import { DEMAND_SCENARIO_STATE_VERSION } from "@/lib/demand/demand-scenario-state";
import { demandScenarioPatchSchema, newDemandScenarioSchema, type DemandScenarioPatch, type NewDemandScenario } from "./demand-scenario-records";
import {
  consultationFieldsSchema,
  consultationPatchSchema,
  newScenarioSchema,
  type ConsultationFields,
  type ConsultationPatch,
  type NewScenario,
  type Scenario,
} from "./records";
import type { ConsultationSort, Repository } from "./repository";
import { searchPattern } from "./search-pattern";

/**
 * The query parts both adapters share. The SQLite and PostgreSQL tables have the same columns
 * (one contract suite runs against both), so every condition, ordering, column selection and
 * row written is built here once from either dialect's tables; the adapters only differ in how
 * they run a statement (better-sqlite3 is synchronous, node-postgres is not) and how they lock.
 */
type Cols<K extends string> = { [k in K]: Column };
type ConsultationTable = Cols<"id" | "client" | "organisation" | "advisor" | "notes" | "createdAt" | "updatedAt" | "deletedAt">;
type ScenarioTable = Cols<"id" | "consultationId">;
type LinkTable = Cols<"id" | "consultationId" | "tokenHash" | "createdAt" | "expiresAt" | "revokedAt" | "lastUsedAt">;

/** The consultation columns a record is made of (deletedAt stays inside the adapter). */
export function consultationColumns<T extends ConsultationTable>(c: T) {
  return {
    id: c.id,
    client: c.client,
    organisation: c.organisation,
    advisor: c.advisor,
    notes: c.notes,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  } as Pick<T, "id" | "client" | "organisation" | "advisor" | "notes" | "createdAt" | "updatedAt">;
}

/** The intake-link columns a record is made of (never the token hash). */
export function linkColumns<T extends LinkTable>(l: T) {
  return {
    id: l.id,
    consultationId: l.consultationId,
    createdAt: l.createdAt,
    expiresAt: l.expiresAt,
    revokedAt: l.revokedAt,
    lastUsedAt: l.lastUsedAt,
  } as Pick<T, "id" | "consultationId" | "createdAt" | "expiresAt" | "revokedAt" | "lastUsedAt">;
}

/** A consultation that exists and is not in the bin. */
export const liveConsultation = (c: ConsultationTable, id: string) => and(eq(c.id, id), isNull(c.deletedAt));
export const deletedConsultation = (c: ConsultationTable, id: string) => and(eq(c.id, id), isNotNull(c.deletedAt));
export const deletedBefore = (c: ConsultationTable, before: string) => and(isNotNull(c.deletedAt), lt(c.deletedAt, before));

/** Each sort, with the id as tie-breaker so equal times list in a stable order. */
export function consultationOrder(c: ConsultationTable): Record<ConsultationSort, SQL[]> {
  return {
    "updated-desc": [desc(c.updatedAt), asc(c.id)],
    "updated-asc": [asc(c.updatedAt), asc(c.id)],
    "client-asc": [asc(sql`lower(${c.client})`), asc(c.id)],
    "created-desc": [desc(c.createdAt), asc(c.id)],
  };
}

/** The live consultations, narrowed to those whose client, organisation, advisor or notes contain `search`. */
export function consultationListWhere(c: ConsultationTable, search: string | undefined) {
  const live = isNull(c.deletedAt);
  if (!search?.trim()) return live;
  const p = searchPattern(search);
  return and(
    live,
    sql`(lower(${c.client}) like ${p} escape '\\' or lower(coalesce(${c.organisation}, '')) like ${p} escape '\\' or lower(coalesce(${c.advisor}, '')) like ${p} escape '\\' or lower(coalesce(${c.notes}, '')) like ${p} escape '\\')`,
  );
}

/** How many scenarios the listed consultation has (a correlated subquery on the same tables in both dialects). */
export const scenarioCount = sql<number>`(select count(*) from scenarios s where s.consultation_id = consultations.id)`;

/** The scenario, only inside its own consultation, only while that consultation is live. */
export const scenarioOfLiveConsultation = (s: ScenarioTable, c: ConsultationTable, consultationId: string, scenarioId: string) =>
  and(eq(s.id, scenarioId), eq(s.consultationId, consultationId), isNull(c.deletedAt));

/** A link that can still be revoked: this consultation's, not revoked yet. */
export const revocableLink = (l: LinkTable, consultationId: string, linkId: string) =>
  and(eq(l.id, linkId), eq(l.consultationId, consultationId), isNull(l.revokedAt));

/** A link a client may still submit through at `at`: not revoked, not expired. */
export const usableLink = (l: LinkTable, linkId: string, at: string) => and(eq(l.id, linkId), isNull(l.revokedAt), gt(l.expiresAt, at));

/** Validates a new scenario and returns its row. Parsed inside the caller's transaction: an invalid item rolls back those before it. */
export function scenarioRow(consultationId: string, item: NewScenario, position: number, at: string) {
  const s = newScenarioSchema.parse(item);
  return {
    id: newId(),
    consultationId,
    name: s.name,
    source: s.source,
    position,
    inputJson: JSON.stringify(s.input),
    resultJson: JSON.stringify(s.snapshot),
    catalogueVersion: s.catalogueVersion,
    computedOn: s.computedOn,
    createdAt: at,
    updatedAt: at,
  };
}

const resultSchema = newScenarioSchema.pick({ input: true, snapshot: true, catalogueVersion: true, computedOn: true });

/** The columns a recompute rewrites, validated (before the transaction; the caller adds updatedAt). */
function scenarioResultSet(next: unknown) {
  const s = resultSchema.parse(next);
  return {
    inputJson: JSON.stringify(s.input),
    resultJson: JSON.stringify(s.snapshot),
    catalogueVersion: s.catalogueVersion,
    computedOn: s.computedOn,
  };
}

/** The columns a rename / move rewrites (only those given), the name validated (before the transaction; the caller adds updatedAt). */
function scenarioPatchSet(patch: { name?: string; position?: number }) {
  const name = newScenarioSchema.shape.name.optional().parse(patch.name);
  return {
    ...(name !== undefined ? { name } : {}),
    ...(patch.position !== undefined ? { position: patch.position } : {}),
  };
}

type ScenarioColumns = ReturnType<typeof scenarioPatchSet> | ReturnType<typeof scenarioResultSet>;

/**
 * The scenario methods both adapters build from their own two primitives: `read` (the scenario,
 * only inside its live consultation) and `rewrite` (set validated columns and touch the
 * consultation, in one transaction). A rename / move and a recompute differ only in the columns
 * they set; either validates before any transaction starts, so bad input throws and writes nothing.
 */
export function scenarioMethods(
  read: (consultationId: string, scenarioId: string) => Promise<Scenario | null> | Scenario | null,
  rewrite: (consultationId: string, scenarioId: string, set: ScenarioColumns) => Promise<Scenario | null> | Scenario | null,
): Pick<Repository, "getScenario" | "updateScenario" | "replaceScenarioResult"> {
  return {
    getScenario: async (consultationId, scenarioId) => read(consultationId, scenarioId),
    updateScenario: async (consultationId, scenarioId, patch) => rewrite(consultationId, scenarioId, scenarioPatchSet(patch)),
    replaceScenarioResult: async (consultationId, scenarioId, next) => rewrite(consultationId, scenarioId, scenarioResultSet(next)),
  };
}

/** The columns a consultation update rewrites (only those given), validated before the transaction; the caller adds updatedAt. */
export const consultationPatchSet = (patch: ConsultationPatch) => consultationPatchSchema.parse(patch);

export const loginFailuresSince = (f: Cols<"key" | "at">, key: string, since: string) => and(eq(f.key, key), gt(f.at, since));

/** A new consultation's row: the fields validated first, then stamped with one instant. */
export function consultationRow(fields: ConsultationFields, now: () => string) {
  const f = consultationFieldsSchema.parse(fields);
  const at = now();
  return { id: newId(), ...f, createdAt: at, updatedAt: at };
}

/** A new intake link's row (the token's hash only; the token is never stored). */
export const intakeLinkRow = (consultationId: string, tokenHash: string, createdAt: string, expiresAt: string) => ({
  id: newId(),
  consultationId,
  tokenHash,
  createdAt,
  expiresAt,
  revokedAt: null,
  lastUsedAt: null,
});

/** A new advisor's row; emails are stored lower-case so sign-in ignores case. */
export const advisorRow = (email: string, passwordHash: string, createdAt: string) => ({
  id: newId(),
  email: email.toLowerCase(),
  passwordHash,
  createdAt,
});

/** A new saved demand scenario's row: validated first, the state stored as JSON with its version. */
export function demandScenarioRow(fields: NewDemandScenario, at: string) {
  const f = newDemandScenarioSchema.parse(fields);
  return {
    id: newId(),
    name: f.name,
    stateJson: JSON.stringify(f.state),
    stateVersion: DEMAND_SCENARIO_STATE_VERSION,
    createdAt: at,
    updatedAt: at,
  };
}

/** The columns a demand-scenario rename / settings change rewrites, validated (before the transaction; the caller adds updatedAt). */
export function demandScenarioPatchSet(patch: DemandScenarioPatch) {
  const p = demandScenarioPatchSchema.parse(patch);
  return {
    ...(p.name !== undefined ? { name: p.name } : {}),
    ...(p.state !== undefined ? { stateJson: JSON.stringify(p.state), stateVersion: DEMAND_SCENARIO_STATE_VERSION } : {}),
  };
}

/** Saved demand scenarios, last changed first, id as tie-break. */
export const demandScenarioOrder = (d: Cols<"updatedAt" | "id">) => [desc(d.updatedAt), asc(d.id)];

/**
 * The input column of each live consultation's current scenario: the one changed last (then
 * the highest position, then the id). Only `input_json` is selected; the same SQL runs in both
 * dialects. One pass with a window function: a correlated "latest scenario" subquery per row
 * was quadratic in a consultation's scenarios (a consultation with 1,400 scenarios — intake
 * submissions add one each — took a third of a second per call).
 */
export const currentScenarioInputs = sql<{ input_json: string }>`select input_json from (select s.input_json, c.created_at as consultation_created_at, c.id as consultation_id, row_number() over (partition by s.consultation_id order by s.updated_at desc, s.position desc, s.id asc) as nth from scenarios s join consultations c on c.id = s.consultation_id where c.deleted_at is null) as ranked where nth = 1 order by consultation_created_at asc, consultation_id asc`;

/** currentScenarioInputs' rows → the needs, each validated as a stored scenario input (a corrupt row throws: a bug, not user input). */
export function needsFromInputRows(rows: readonly unknown[]): Needs[] {
  return rows.map((r) => scenarioInputSchema.parse(JSON.parse(z.object({ input_json: z.string() }).parse(r).input_json)).needs);
}
