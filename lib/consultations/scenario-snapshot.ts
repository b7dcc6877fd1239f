import { z } from "zod";
import type { Source } from "@/lib/catalogue/offer-schema";
import type { Recommendation } from "@/lib/domain/scoring/recommend";

/**
 * The frozen result of a scenario: the engine's `Recommendation` exactly as computed, plus the
 * sources (URL, as-of date, basis) of every option it ranked, so a saved report shows the
 * evidence of its own catalogue version even after the catalogue moves on.
 *
 * The row schema checks the fields the app reads (ids, ranks and rank ranges, totals, costs and cost ranges, reasons) and
 * passes the rest through, so a newer engine that adds fields still reads older snapshots.
 */
const reasonSchema = z.looseObject({ code: z.string(), params: z.record(z.string(), z.unknown()) });

const rankedSchema = z.looseObject({
  offerId: z.string(),
  provider: z.string(),
  name: z.string(),
  rank: z.number().int().min(1),
  total: z.number(),
  costHkd: z.number(),
  costRangeHkd: z.object({ low: z.number(), high: z.number() }),
  rankRange: z.object({ best: z.number().int().min(1), worst: z.number().int().min(1) }),
  factors: z.record(z.string(), z.number()),
  reasons: z.array(reasonSchema),
});

const excludedSchema = z.looseObject({
  offerId: z.string(),
  provider: z.string(),
  name: z.string(),
  reasons: z.array(reasonSchema),
});

const recommendationSchema = z.looseObject({
  method: z.string(),
  ranked: z.array(rankedSchema),
  excluded: z.array(excludedSchema),
  weights: z.record(z.string(), z.number()),
  catalogueVersion: z.string(),
});

const sourceRefSchema = z.looseObject({
  url: z.string(),
  asOf: z.string(),
  basis: z.string(),
  covers: z.array(z.string()),
});

export const scenarioSnapshotSchema = z.object({
  result: recommendationSchema,
  sources: z.record(z.string(), z.array(sourceRefSchema)),
});

export type ScenarioSnapshot = { result: Recommendation; sources: Record<string, Source[]> };

/** Parses a stored snapshot. The loose schema guarantees the fields above; the rest is the engine's own shape. */
export function parseScenarioSnapshot(raw: unknown): ScenarioSnapshot {
  return scenarioSnapshotSchema.parse(raw) as unknown as ScenarioSnapshot;
}
