import { z } from "zod";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { needsSchema, type Needs } from "@/lib/needs/needs-schema";
import { SCORING_METHODS } from "@/lib/domain/scoring/scoring-methods";
import { FACTORS, type Weights } from "@/lib/domain/weights/weight-presets";

const weightValue = z.number().min(0).max(1000);

/** Raw weights as a client may send them (any non-negative scale); normalised after parsing. */
export const weightsInputSchema = z
  .object({ price: weightValue, security: weightValue, performance: weightValue, approval: weightValue, ux: weightValue })
  .strict()
  .refine((w) => FACTORS.reduce((s, f) => s + w[f], 0) > 0, { params: { key: "weights-not-zero" } });

/** POST /api/recommend body: the public contract `{ needs, weights? }` (+ optional `method`). */
export const recommendRequestSchema = z
  .object({
    needs: needsSchema,
    weights: weightsInputSchema.optional(),
    method: z.enum(SCORING_METHODS).default("weighted-sum"),
  })
  .strict();

export type RecommendRequest = z.output<typeof recommendRequestSchema>;

type IssueLike = z.core.$ZodIssue;

function custom(path: (string | number)[], key: string, input: unknown): IssueLike {
  return { code: "custom", path, message: key, params: { key }, input } as IssueLike;
}

/**
 * Checks the ids a needs object names against the catalogue (accelerator model, the model
 * hours were measured on, override offer ids, subsidy schemes). Returns zod-shaped issues
 * so they are localised and reported exactly like schema errors.
 */
export function checkNeedsReferences(needs: Needs, cat: Catalogue, prefix: (string | number)[] = []): IssueLike[] {
  const issues: IssueLike[] = [];
  const accIds = new Set(cat.accelerators.map((a) => a.id));
  if (needs.accelerator.model !== "any" && !accIds.has(needs.accelerator.model)) {
    issues.push(custom([...prefix, "accelerator", "model"], "unknown-accelerator", needs.accelerator.model));
  }
  if (!accIds.has(needs.hoursMeasuredOn)) issues.push(custom([...prefix, "hoursMeasuredOn"], "unknown-accelerator", needs.hoursMeasuredOn));
  const offerIds = new Set(cat.offers.map((o) => o.id));
  needs.priceOverrides.forEach((o, i) => {
    if (!offerIds.has(o.offerId)) issues.push(custom([...prefix, "priceOverrides", i, "offerId"], "unknown-offer", o.offerId));
  });
  const schemeIds = new Set(cat.subsidies.map((s) => s.id));
  needs.subsidies.forEach((s, i) => {
    if (!schemeIds.has(s)) issues.push(custom([...prefix, "subsidies", i], "unknown-subsidy", s));
  });
  return issues;
}

/**
 * The catalogue-reference checks on a body that failed the schema: whatever id fields are
 * well-formed strings are still checked, so one answer lists every problem.
 */
function checkRawReferences(body: unknown, cat: Catalogue): IssueLike[] {
  const needs = (body as { needs?: unknown } | null)?.needs;
  if (typeof needs !== "object" || needs === null) return [];
  const n = needs as Record<string, unknown>;
  const acc = (n.accelerator as { model?: unknown } | undefined)?.model;
  const overrides = Array.isArray(n.priceOverrides) ? n.priceOverrides : [];
  const probe = {
    ...NEEDS_REFERENCE_DEFAULTS,
    accelerator: { model: typeof acc === "string" ? acc : "any", minMemoryGb: 0 },
    hoursMeasuredOn: typeof n.hoursMeasuredOn === "string" ? n.hoursMeasuredOn : NEEDS_REFERENCE_DEFAULTS.hoursMeasuredOn,
    priceOverrides: overrides.map((o: unknown) => ({ offerId: typeof (o as { offerId?: unknown })?.offerId === "string" ? (o as { offerId: string }).offerId : cat.offers[0]?.id ?? "" })),
    subsidies: Array.isArray(n.subsidies) ? n.subsidies.map((s: unknown) => (typeof s === "string" ? s : cat.subsidies[0]?.id ?? "")) : [],
  };
  return checkNeedsReferences(probe as unknown as Needs, cat, ["needs"]);
}

const NEEDS_REFERENCE_DEFAULTS = { hoursMeasuredOn: "h100-sxm" } as const;

export type ParseResult = { ok: true; value: RecommendRequest } | { ok: false; issues: IssueLike[] };

/** Parses and cross-checks a request body; every problem is reported, nothing is half-accepted. */
export function parseRecommendRequest(body: unknown, cat: Catalogue): ParseResult {
  // reportInput: zod 4 omits the offending value otherwise, and "2000" (text) would read "is required".
  const parsed = recommendRequestSchema.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    const refs = checkRawReferences(body, cat);
    // A reference inside a field that already failed the schema adds nothing: skip it.
    const failed = parsed.error.issues.map((i) => i.path.join("."));
    const covered = (p: string) => failed.some((f) => p === f || p.startsWith(`${f}.`));
    return { ok: false, issues: [...parsed.error.issues, ...refs.filter((r) => !covered(r.path.join(".")))] };
  }
  const refIssues = checkNeedsReferences(parsed.data.needs, cat, ["needs"]);
  if (refIssues.length > 0) return { ok: false, issues: refIssues };
  return { ok: true, value: parsed.data };
}

export function normaliseWeightsInput(w: Weights): Weights {
  const sum = FACTORS.reduce((s, f) => s + w[f], 0);
  return Object.fromEntries(FACTORS.map((f) => [f, w[f] / sum])) as Weights;
}
