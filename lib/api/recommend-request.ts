import { z } from "zod";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { needsSchema, type Needs } from "@/lib/needs/needs-schema";
import { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";
import { shareBounds } from "@/lib/domain/cost/share-bounds";
import { FACTORS } from "@/lib/domain/factors";
import { checkStartBy } from "@/lib/needs/start-by-rule";

const weightValue = z.number().min(0).max(1000);

/** Weights as a client may send them (any non-negative scale); callers normalise with `normaliseWeights`. */
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

function custom(path: (string | number)[], key: string, input: unknown, extra: Record<string, number> = {}): IssueLike {
  return { code: "custom", path, message: key, params: { key, ...extra }, input } as IssueLike;
}

const str = (x: unknown): string | undefined => (typeof x === "string" ? x : undefined);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

type CatalogueIds = { accIds: ReadonlySet<string>; offerIds: ReadonlySet<string>; providerOf: ReadonlyMap<string, string>; schemeIds: ReadonlySet<string> };

// The ids a request may name depend only on the catalogue: collected once per catalogue, not per request.
const idsOf = new WeakMap<Catalogue, CatalogueIds>();

function catalogueIds(cat: Catalogue): CatalogueIds {
  let ids = idsOf.get(cat);
  if (!ids) {
    ids = {
      accIds: new Set(cat.accelerators.map((a) => a.id)),
      offerIds: new Set(cat.offers.map((o) => o.id)),
      providerOf: new Map(cat.offers.map((o) => [o.id, o.provider])),
      schemeIds: new Set(cat.subsidies.map((sc) => sc.id)),
    };
    idsOf.set(cat, ids);
  }
  return ids;
}

/**
 * Checks the ids a needs object names against the catalogue (accelerator model, the model
 * hours were measured on, override offer ids, subsidy schemes). Returns zod-shaped issues
 * so they are localised and reported exactly like schema errors. Reads the fields loosely,
 * so it also runs on a body that failed the schema: every id that is a string is checked,
 * and one answer lists every problem.
 */
export function checkNeedsReferences(needs: Needs | unknown, cat: Catalogue, prefix: (string | number)[] = []): IssueLike[] {
  if (typeof needs !== "object" || needs === null) return [];
  const n = needs as Record<string, unknown>;
  const issues: IssueLike[] = [];
  const { accIds, offerIds, providerOf, schemeIds } = catalogueIds(cat);
  const model = str((n.accelerator as Record<string, unknown> | undefined)?.model);
  if (model !== undefined && model !== "any" && !accIds.has(model))
    issues.push(custom([...prefix, "accelerator", "model"], "unknown-accelerator", model));
  const measuredOn = str(n.hoursMeasuredOn);
  if (measuredOn !== undefined && !accIds.has(measuredOn))
    issues.push(custom([...prefix, "hoursMeasuredOn"], "unknown-accelerator", measuredOn));
  // One provider-wide override per provider, whichever of its offers names it.
  const providerWide = new Set<string>();
  list(n.priceOverrides).forEach((o, i) => {
    const id = str((o as Record<string, unknown> | null)?.offerId);
    if (id !== undefined && !offerIds.has(id)) issues.push(custom([...prefix, "priceOverrides", i, "offerId"], "unknown-offer", id));
    const provider = id === undefined ? undefined : providerOf.get(id);
    if (provider !== undefined && (o as Record<string, unknown>).scope === "provider") {
      if (providerWide.has(provider)) issues.push(custom([...prefix, "priceOverrides", i, "offerId"], "duplicate-provider", id));
      providerWide.add(provider);
    }
  });
  list(n.subsidies).forEach((x, i) => {
    const id = str(x);
    if (id !== undefined && !schemeIds.has(id)) issues.push(custom([...prefix, "subsidies", i], "unknown-subsidy", id));
  });
  // A subsidy share must name a selected, known scheme and lie within its published bounds.
  const selected = new Set(list(n.subsidies).map(str));
  const shares = n.subsidyShares;
  if (typeof shares === "object" && shares !== null && !Array.isArray(shares)) {
    for (const [id, share] of Object.entries(shares as Record<string, unknown>)) {
      const path = [...prefix, "subsidyShares", id];
      const scheme = cat.subsidies.find((sc) => sc.id === id);
      if (!scheme) issues.push(custom(path, "unknown-subsidy", id));
      else if (!selected.has(id)) issues.push(custom(path, "subsidy-share-unselected", share));
      else if (typeof share === "number") {
        const b = shareBounds(scheme);
        if (share < b.min || share > b.max) issues.push(custom(path, "subsidy-share-out-of-bounds", share, { min: b.min, max: b.max }));
      }
    }
  }
  return issues;
}

export type ParseResult<T = RecommendRequest> = { ok: true; value: T } | { ok: false; issues: IssueLike[] };

/**
 * Parses and cross-checks a request body; every problem is reported, nothing is half-accepted.
 * With `today` (YYYY-MM-DD), a `startBy` before it is refused too (checkStartBy).
 */
export function parseRecommendRequest(body: unknown, cat: Catalogue, options: { today?: string } = {}): ParseResult {
  return parseWithNeeds(recommendRequestSchema, body, cat, options);
}

/**
 * Parses any body with a `needs` field (a recommendation, a saved scenario, an intake
 * submission) with `schema`, and cross-checks the catalogue ids the needs name (and, with
 * `today`, the start date); every problem is reported.
 */
export function parseWithNeeds<S extends z.ZodType>(
  schema: S,
  body: unknown,
  cat: Catalogue,
  options: { today?: string } = {},
): ParseResult<z.output<S>> {
  // reportInput: zod 4 omits the offending value otherwise, and "2000" (text) would read "is required".
  const parsed = schema.safeParse(body, { reportInput: true });
  const needsBody = (body as { needs?: unknown } | null)?.needs;
  const refs = [
    ...checkNeedsReferences(needsBody, cat, ["needs"]),
    ...(options.today === undefined ? [] : checkStartBy(needsBody, options.today, ["needs"])),
  ];
  if (!parsed.success) {
    // A reference inside a field that already failed the schema adds nothing: skip it.
    const failed = parsed.error.issues.map((i) => i.path.join("."));
    const covered = (p: string) => failed.some((f) => p === f || p.startsWith(`${f}.`));
    return { ok: false, issues: [...parsed.error.issues, ...refs.filter((r) => !covered(r.path.join(".")))] };
  }
  if (refs.length > 0) return { ok: false, issues: refs };
  return { ok: true, value: parsed.data };
}
