import type { ExcludedOption, FigureFreshness, RankedOption, Recommendation } from "@/lib/domain/scoring/recommend";
import type { RuleCheck } from "@/lib/domain/scoring/rule-check";
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
 * field the engine returns reaches the full answer, and what the standard one leaves out.
 */

/** A reason as the API sends it: code and params for machines, `text` in the request's language, and the factor it explains (absent for cost notes). */
export type PublicReason = Reason & { text: string; factor?: Factor };

function withText(rs: readonly Reason[], locale: UiLocale, out: PublicReason[] = [], factor?: Factor): PublicReason[] {
  for (const r of rs) {
    const sent: PublicReason = { code: r.code, params: r.params, text: cachedReasonText(r, locale) };
    if (factor !== undefined) sent.factor = factor;
    out.push(sent);
  }
  return out;
}

/**
 * How much of the engine's result an answer carries (`?fields=`, README → API):
 * - `standard` (the default): the contract and every explanation a client shows — for an
 *   excluded option the rule checks that FAILED (need and offer side; they are why it is out);
 *   for a ranked option no rule checks (all passed) and no per-figure freshness (`flags.stale`
 *   names the stale figures);
 * - `full`: also every rule check, passed and failed, of every option, and `freshness`
 *   (`{ path, asOf, stale }` per figure).
 */
export type AnswerDetail = "standard" | "full";

/** An excluded option under the API's names: `costHKD` (only when the budget alone excluded it), reasons with their text. */
export type PublicExcluded = Omit<ExcludedOption, "costHkd" | "reasons"> & { reasons: PublicReason[]; costHKD?: number };

function publicExcluded(e: ExcludedOption, locale: UiLocale, detail: AnswerDetail): PublicExcluded {
  const out: PublicExcluded = {
    offerId: e.offerId,
    provider: e.provider,
    name: e.name,
    family: e.family,
    region: e.region,
    ruleChecks: detail === "full" ? e.ruleChecks : e.ruleChecks.filter((c) => !c.passed),
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

/** A factor's score with its formula and inputs; its reasons are in the option's `reasons`, tagged with the factor. */
function publicFactorDetail(d: FactorScore) {
  return { score: d.score, formula: d.formula, inputs: d.inputs };
}

/**
 * A ranked option under the API's names (costHKD, monthlyCostHKD, costRangeHKD, publicCost).
 * `reasons` holds every reason once, with its sentence: the cost notes, then each factor's
 * reasons in FACTORS order, each tagged with its `factor` (the engine's factorDetails[f].reasons).
 * `ruleChecks` and `freshness` only in the full answer (last).
 */
function publicRanked(r: RankedOption, locale: UiLocale, detail: AnswerDetail) {
  const d = r.factorDetails;
  const reasons = withText(r.reasons, locale);
  for (const f of FACTORS) withText(d[f].reasons, locale, reasons, f);
  // One object literal, the full answer's two extra fields added after it (no spreads: see above).
  const out: ReturnType<typeof standardRanked> & { ruleChecks?: RuleCheck[]; freshness?: FigureFreshness[] } = standardRanked(r, reasons);
  if (detail === "full") {
    out.ruleChecks = r.ruleChecks;
    out.freshness = r.freshness;
  }
  return out;
}

function standardRanked(r: RankedOption, reasons: PublicReason[]) {
  const d = r.factorDetails;
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
      price: publicFactorDetail(d.price),
      security: publicFactorDetail(d.security),
      performance: publicFactorDetail(d.performance),
      approval: publicFactorDetail(d.approval),
      ux: publicFactorDetail(d.ux),
    } satisfies Record<Factor, unknown>,
    rankRange: r.rankRange,
    rangeDrivers: r.rangeDrivers,
    rangeEnds: r.rangeEnds,
    costBreakdown: r.costBreakdown,
    timeToResultDays: r.timeToResultDays,
    timeToResult: r.timeToResult,
    reasons,
    warnings: r.warnings,
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
 * The JSON answer of POST /api/recommend (`standard` or `full`, see AnswerDetail): the engine's
 * result with every reason rendered in the request's language (code + params stay for
 * machines), each reason once. Money keeps the API's "HKD" spelling (the engine spells it "Hkd"
 * throughout): `costHkd`, `monthlyCostHkd` and `costRangeHkd` are sent as `costHKD`,
 * `monthlyCostHKD` and `costRangeHKD` (an optional addition to the contract, like `rankRange`,
 * `ruleChecks`, `warnings` and `freshness`); `referenceDate` says which day freshness and lead
 * times were judged against. Optional `hints` (asked for with `?include=hints`): see publicHints.
 */
export function recommendResponse(rec: Recommendation, locale: UiLocale, hints?: Hints, detail: AnswerDetail = "standard") {
  return {
    ranked: rec.ranked.map((r) => publicRanked(r, locale, detail)),
    excluded: rec.excluded.map((e) => publicExcluded(e, locale, detail)),
    weights: rec.weights,
    catalogueVersion: rec.catalogueVersion,
    referenceDate: rec.referenceDate,
    method: rec.method,
    locale,
    fields: detail,
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
