import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { rankByTopsis } from "@/lib/domain/scoring/rank-by-topsis";
import { recommend } from "@/lib/domain/scoring/recommend";
import { normaliseWeights } from "@/lib/domain/factors";
import type { ScenarioInput } from "./scenario-input";
import type { ScenarioSnapshot } from "./scenario-snapshot";

export type ComputedScenario = { input: ScenarioInput; snapshot: ScenarioSnapshot; catalogueVersion: string; computedOn: string };

/**
 * Runs the engine for a scenario exactly as the advisor page does (weights normalised, then
 * weighted sum or TOPSIS) and freezes the result with the sources of every option it ranked.
 * `asOf` is the Hong Kong date (YYYY-MM-DD) the result is computed for.
 */
export function computeScenario(input: ScenarioInput, cat: Catalogue, asOf: string): ComputedScenario {
  const weights = normaliseWeights(input.weights);
  const base = recommend(input.needs, weights, cat, { referenceDate: asOf });
  const result = input.method === "topsis" ? rankByTopsis(base) : base;
  const offers = new Map(cat.offers.map((o) => [o.id, o]));
  const sources = Object.fromEntries(result.ranked.map((r) => [r.offerId, offers.get(r.offerId)?.sources ?? []]));
  return { input: { ...input, weights }, snapshot: { result, sources }, catalogueVersion: result.catalogueVersion, computedOn: asOf };
}
