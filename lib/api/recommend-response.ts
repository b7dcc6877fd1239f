import type { RankedOption, Recommendation } from "@/lib/domain/scoring/recommend";
import type { Reason } from "@/lib/domain/reason";
import type { Hints, Winner } from "@/lib/domain/hints/hints-for";
import { cachedReasonText } from "./cached-reason-text";
import type { UiLocale } from "@/lib/validation/localise-issues";

const withText = (rs: Reason[], locale: UiLocale) => rs.map((r) => ({ ...r, text: cachedReasonText(r, locale) }));

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
    ranked: rec.ranked.map(({ costHkd, monthlyCostHkd, costRangeHkd, cost, ...r }) => ({
      ...r,
      costHKD: costHkd,
      monthlyCostHKD: monthlyCostHkd,
      cost: publicCost(cost),
      costRangeHKD: costRangeHkd,
      reasons: withText(
        [
          ...r.reasons,
          ...r.factorDetails.price.reasons,
          ...r.factorDetails.security.reasons,
          ...r.factorDetails.performance.reasons,
          ...r.factorDetails.approval.reasons,
          ...r.factorDetails.ux.reasons,
        ],
        locale,
      ),
      factorDetails: Object.fromEntries(
        Object.entries(r.factorDetails).map(([k, v]) => [k, { ...v, reasons: withText(v.reasons, locale) }]),
      ),
    })),
    excluded: rec.excluded.map(({ costHkd, ...e }) => ({
      ...e,
      ...(costHkd !== undefined && { costHKD: costHkd }),
      reasons: withText(e.reasons, locale),
    })),
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
