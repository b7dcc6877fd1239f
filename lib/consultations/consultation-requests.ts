import { z } from "zod";
import { parseWithNeeds, weightsInputSchema, type ParseResult } from "@/lib/api/recommend-request";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { DISPLAY_CURRENCIES } from "@/lib/format/money";
import { needsSchema } from "@/lib/needs/needs-schema";
import { consultationFieldsSchema, consultationPatchSchema } from "@/lib/persistence/records";
import { tableViewSchema } from "@/lib/url-state/table-view-schema";
import { scenarioNameSchema, type ScenarioInput } from "./scenario-input";

/** POST /api/consultations: `{ client, organisation?, advisor?, notes? }`. */
export const createConsultationSchema = consultationFieldsSchema;

/** PATCH /api/consultations/{id}: any of the same fields. */
export const patchConsultationSchema = consultationPatchSchema.refine((p) => Object.keys(p).length > 0, { params: { key: "empty-patch" } });

/**
 * POST /api/consultations/{id}/scenarios: `{ name, needs, weights?, method?, currency?, table? }`,
 * needs as in /api/recommend; `table` is the advisor's table view (as in a v3 share link),
 * kept so the scenario reopens as it was saved.
 */
export const createScenarioSchema = z
  .object({
    name: scenarioNameSchema,
    needs: needsSchema,
    weights: weightsInputSchema.optional(),
    method: z.enum(SCORING_METHODS).default("weighted-sum"),
    currency: z.enum(DISPLAY_CURRENCIES).default("HKD"),
    table: tableViewSchema.optional(),
  })
  .strict();

type IssueLike = z.core.$ZodIssue;

const unknownId = (path: (string | number)[], key: "unknown-offer" | "unknown-accelerator", input: string): IssueLike =>
  ({ code: "custom", path, message: key, params: { key }, input }) as IssueLike;

/**
 * Checks the catalogue ids a table view names — pinned options and the accelerator filter —
 * as `checkNeedsReferences` checks the needs': a saved view must not pin an option the
 * catalogue does not have. Reads the fields loosely, so it also runs on a body that failed
 * the schema, and one answer lists every problem.
 */
export function checkTableReferences(table: unknown, cat: Catalogue, prefix: (string | number)[]): IssueLike[] {
  if (typeof table !== "object" || table === null) return [];
  const t = table as { pins?: unknown; filters?: { accelerators?: unknown } | null };
  const issues: IssueLike[] = [];
  const offerIds = new Set(cat.offers.map((o) => o.id));
  const accIds = new Set(cat.accelerators.map((a) => a.id));
  const each = (xs: unknown, fn: (x: string, i: number) => void) =>
    (Array.isArray(xs) ? xs : []).forEach((x, i) => typeof x === "string" && fn(x, i));
  each(t.pins, (id, i) => {
    if (!offerIds.has(id)) issues.push(unknownId([...prefix, "pins", i], "unknown-offer", id));
  });
  each(t.filters?.accelerators, (id, i) => {
    if (!accIds.has(id)) issues.push(unknownId([...prefix, "filters", "accelerators", i], "unknown-accelerator", id));
  });
  return issues;
}

/** Parses a POST …/scenarios body: the schema, the needs' catalogue ids and the table view's. */
export function parseScenarioBody(body: unknown, cat: Catalogue): ParseResult<z.output<typeof createScenarioSchema>> {
  const parsed = parseWithNeeds(createScenarioSchema, body, cat);
  const refs = checkTableReferences((body as { table?: unknown } | null)?.table, cat, ["table"]);
  if (refs.length === 0) return parsed;
  if (parsed.ok) return { ok: false, issues: refs };
  // A reference inside a field that already failed the schema adds nothing.
  const failed = parsed.issues.map((i) => i.path.join("."));
  const fresh = refs.filter((r) => !failed.some((f) => r.path.join(".") === f || r.path.join(".").startsWith(`${f}.`)));
  return { ok: false, issues: [...parsed.issues, ...fresh] };
}

/**
 * PATCH /api/consultations/{id}/scenarios/{scenarioId}: rename, move, or `recompute: true` to
 * replace the frozen result with one computed from today's catalogue.
 */
export const patchScenarioSchema = z
  .object({
    name: scenarioNameSchema.optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    recompute: z.literal(true).optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { params: { key: "empty-patch" } });

/** The intake form body: the needs only; the client cannot choose anything else. */
export const intakeSubmissionSchema = z.object({ needs: needsSchema }).strict();

/** POST /api/consultations/{id}/intake-links: how long the link stays valid. */
export const INTAKE_DAYS_DEFAULT = 14;
export const createIntakeLinkSchema = z.object({ expiresInDays: z.number().int().min(1).max(90).default(INTAKE_DAYS_DEFAULT) }).strict();

export function scenarioInputFrom(body: z.output<typeof createScenarioSchema>): ScenarioInput {
  const input: ScenarioInput = {
    needs: body.needs,
    weights: body.weights ?? DEFAULT_WEIGHTS,
    method: body.method,
    currency: body.currency,
  };
  return body.table ? { ...input, table: body.table } : input;
}
