import type { ExcludedOption, RankedOption, Recommendation } from "@/lib/domain/scoring/recommend";
import type { Reason } from "@/lib/domain/reason";
import type { Hints, Winner } from "@/lib/domain/hints/hints-for";
import { cachedReasonText } from "./cached-reason-text";
import type { UiLocale } from "@/lib/validation/localise-issues";
import { FACTORS, type Factor } from "@/lib/domain/factors";
import type { FactorScore } from "@/lib/domain/scoring/factor-score";

/*
 * Built field by field where the answer has many entries (reasons, excluded options): object
 * spreads and rests were a large share of the API's CPU profile, and the objects they make
 * also serialise more slowly. tests/unit/api/recommend-response.test.ts checks that every
 * field the engine returns reaches the answer.
 */

export type PublicReason = Reason & { text: string };

function withText(rs: readonly Reason[], locale: UiLocale): PublicReason[] {
  const out: PublicReason[] = new Array<PublicReason>(rs.length);
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    out[i] = { code: r.code, params: r.params, text: cachedReasonText(r, locale) };
  }
  return out;
}

/** An excluded option under the API's names: `costHKD` (only when the budget alone excluded it), reasons with their text. */
export type PublicExcluded = Omit<ExcludedOption, "costHkd" | "reasons"> & { reasons: PublicReason[]; costHKD?: number };

function publicExcluded(e: ExcludedOption, locale: UiLocale): PublicExcluded {
  const out: PublicExcluded = {
    offerId: e.offerId,
    provider: e.provider,
    name: e.name,
    family: e.family,
    region: e.region,
    ruleChecks: e.ruleChecks,
    reasons: withText(e.reasons, locale),
  };
  if (e.costHkd !== undefined) out.costHKD = e.costHkd;
  return out;
}

/**
 * The cost summary under the API's published names. The engine names hours by their unit
 * (`hourUnit`: accelerator-hours, or node-hours for CPU HPC); the API keeps its original
 * "GPU-hour" / "accelerator-hour" field names, which mean node-hours when `hourUnit` is
 * "node-hour".
 */
function publicCost(c: RankedOption["cost"]) {
  const { effectiveHours, neededHours, billedHours, priceHkdPerHour, listPriceHkdPerHour, hkdPerEffectiveHour, ...rest } = c;
  return {
    ...rest,
    effectiveGpuHours: effectiveHours,
    neededAcceleratorHours: neededHours,
    billedAcceleratorHours: billedHours,
    priceHkdPerAcceleratorHour: priceHkdPerHour,
    listPriceHkdPerAcceleratorHour: listPriceHkdPerHour,
    hkdPerEffectiveGpuHour: hkdPerEffectiveHour,
  };
}

function publicFactorDetail(d: FactorScore, locale: UiLocale) {
  return { score: d.score, formula: d.formula, inputs: d.inputs, reasons: withText(d.reasons, locale) };
}

/**
 * A ranked option under the API's names (costHKD, monthlyCostHKD, costRangeHKD, publicCost),
 * every reason with its sentence; the top-level `reasons` are the cost notes, then each
 * factor's reasons in FACTORS order.
 */
function publicRanked(r: RankedOption, locale: UiLocale) {
  const d = r.factorDetails;
  const allReasons: Reason[] = [...r.reasons];
  for (const f of FACTORS) for (const x of d[f].reasons) allReasons.push(x);
  return {
    offerId: r.offerId,
    provider: r.provider,
    name: r.name,
    family: r.family,
    region: r.region,
    location: r.location,
    accelerator: r.accelerator,
    rank: r.rank,
    total: r.total,
    factors: r.factors,
    factorDetails: {
      price: publicFactorDetail(d.price, locale),
      security: publicFactorDetail(d.security, locale),
      performance: publicFactorDetail(d.performance, locale),
      approval: publicFactorDetail(d.approval, locale),
      ux: publicFactorDetail(d.ux, locale),
    } satisfies Record<Factor, unknown>,
    rankRange: r.rankRange,
    rangeDrivers: r.rangeDrivers,
    rangeEnds: r.rangeEnds,
    costBreakdown: r.costBreakdown,
    timeToResultDays: r.timeToResultDays,
    timeToResult: r.timeToResult,
    ruleChecks: r.ruleChecks,
    reasons: withText(allReasons, locale),
    warnings: r.warnings,
    freshness: r.freshness,
    flags: r.flags,
    costHKD: r.costHkd,
    monthlyCostHKD: r.monthlyCostHkd,
    cost: publicCost(r.cost),
    costRangeHKD: r.costRangeHkd,
  };
}

/** A hint's winner under the API's HKD spelling. */
function publicWinner({ costHkd, ...w }: Winner) {
  return { ...w, costHKD: costHkd };
}

/**
 * The JSON answer of POST /api/recommend: the engine's result with every reason rendered in
 * the request's language (code + params stay for machines). Factor reasons are included in
 * `factorDetails`; the top-level `reasons` lists cost notes, then each factor's reasons.
 * Money keeps the API's "HKD" spelling (the engine spells it "Hkd" throughout): `costHkd`,
 * `monthlyCostHkd` and `costRangeHkd` are sent as `costHKD`, `monthlyCostHKD` and `costRangeHKD`
 * (an optional addition to the contract, like `rankRange`, `ruleChecks`, `warnings` and
 * `freshness`); `referenceDate` says which day freshness and lead times were judged against.
 * Optional `hints` (asked for with `?include=hints`): see publicHints.
 */
export function recommendResponse(rec: Recommendation, locale: UiLocale, hints?: Hints) {
  return {
    ranked: rec.ranked.map((r) => publicRanked(r, locale)),
    excluded: rec.excluded.map((e) => publicExcluded(e, locale)),
    weights: rec.weights,
    catalogueVersion: rec.catalogueVersion,
    referenceDate: rec.referenceDate,
    method: rec.method,
    locale,
    ...(hints && { hints: publicHints(hints) }),
  };
}

/** `hints`: the closest misses then the what-ifs of hintsFor() (each with `kind`), data only, HKD spelled "HKD". */
export function publicHints(hints: Hints) {
  return [
    ...hints.closestMisses.map(({ costHkd, ...m }) => ({ ...m, costHKD: costHkd })),
    ...hints.whatIfs.map(({ costSavingHkd, winner, previous, ...w }) => ({
      ...w,
      winner: publicWinner(winner),
      previous: previous && publicWinner(previous),
      costSavingHKD: costSavingHkd,
    })),
  ];
}
