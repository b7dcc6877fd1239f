import type { Recommendation } from "@/lib/domain/scoring/recommend";
import type { UiLocale } from "@/lib/validation/localise-issues";

/**
 * The compact answer of `POST /api/recommend?fields=summary` (README → API): per ranked
 * option its rank, scores, cost and flags, without cost lines, factor details or reason
 * sentences; per excluded option the codes of its reasons (`exclude.budget`, …). Roughly a
 * tenth of the full answer's size.
 */
export function recommendSummary(rec: Recommendation, locale: UiLocale) {
  return {
    ranked: rec.ranked.map((r) => ({
      offerId: r.offerId,
      provider: r.provider,
      name: r.name,
      family: r.family,
      rank: r.rank,
      total: r.total,
      factors: r.factors,
      costHKD: r.costHkd,
      monthlyCostHKD: r.monthlyCostHkd,
      timeToResultDays: r.timeToResultDays,
      flags: r.flags,
    })),
    excluded: rec.excluded.map((e) => ({ offerId: e.offerId, reasonCodes: e.reasons.map((x) => x.code) })),
    weights: rec.weights,
    catalogueVersion: rec.catalogueVersion,
    method: rec.method,
    locale,
    fields: "summary" as const,
  };
}

/**
 * `?fields=`: `standard` (the default: the contract plus every explanation a client shows),
 * `full` (also every passed rule check and per-figure freshness) or `summary` (above).
 * See AnswerDetail in recommend-response.ts.
 */
export const RESPONSE_FIELDS = ["standard", "full", "summary"] as const;
export type ResponseFields = (typeof RESPONSE_FIELDS)[number];
export const DEFAULT_RESPONSE_FIELDS: ResponseFields = "standard";

/**
 * `?include=` (comma-separated): extra parts computed only on request. `hints` (closest misses
 * and what-ifs) costs a few more engine runs per request, so it is opt-in; weighted-sum only.
 */
export const RESPONSE_INCLUDES = ["hints"] as const;
export type ResponseInclude = (typeof RESPONSE_INCLUDES)[number];
