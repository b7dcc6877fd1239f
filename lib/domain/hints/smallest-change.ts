import type { Needs } from "@/lib/needs/needs-schema";
import { RESIDENCIES } from "@/lib/needs/needs-vocabulary";
import { addDays, daysBetween } from "../calendar";
import { allows, RESIDENCY_ALLOWS } from "../scoring/jurisdiction-policy";
import type { RuleCheck } from "../scoring/rule-check";
import type { EligibilityNeed, HintChange } from "./hint-change";

/**
 * The smallest change to `needs` that makes one failed hard-rule check pass, read from the
 * check's own typed values (the engine's RuleCheck), or null when the rule is not one a hint
 * relaxes: the workload kind, the data class (sensitivity) and the multi-node shape describe
 * the job itself, so no hint proposes changing them.
 *
 *  - lead-time: startBy moves to referenceDate + the offer's lead time (incl. export filing);
 *  - residency: the narrowest residency rule, wider than the current one, that admits the
 *    offer's jurisdiction (RESIDENCY_ALLOWS order: hk-only → hk-or-mainland → anywhere);
 *  - budget: the offer's cost rounded up to a whole HKD;
 *  - accelerator-memory: the minimum drops to the offer's memory; accelerator-model: "any";
 *  - concurrency: the peak drops to the most the offer holds (whole nodes for node offers);
 *  - eligibility: the first entry of the offer's `anyOf` the organisation could meet.
 * Whether the change really admits the offer (another rule may then fail, e.g. the budget)
 * is for the caller to find out by re-running recommend().
 */
export function smallestChange(check: RuleCheck, needs: Needs, referenceDate: string): HintChange | null {
  if (check.passed) return null;
  switch (check.rule) {
    case "lead-time": {
      if (needs.startBy === null) return null;
      const to = addDays(referenceDate, check.offer.leadTimeDays);
      return { field: "startBy", from: needs.startBy, to, deltaDays: daysBetween(needs.startBy, to) };
    }
    case "residency": {
      const from = needs.residency;
      const to = RESIDENCIES.slice(RESIDENCIES.indexOf(from) + 1).find((r) => allows(RESIDENCY_ALLOWS[r], check.offer.jurisdiction));
      return to === undefined ? null : { field: "residency", from, to };
    }
    case "budget": {
      const to = Math.ceil(check.offer.costHkd);
      return { field: "budgetHkd", from: check.need.budgetHkd, to, deltaHkd: to - check.need.budgetHkd };
    }
    case "accelerator-memory":
      return { field: "accelerator.minMemoryGb", from: check.need.minMemoryGb, to: check.offer.memoryGb };
    case "accelerator-model":
      return { field: "accelerator.model", from: check.need.model, to: "any" };
    case "concurrency": {
      const { maxAccelerators, perNode } = check.offer;
      const to = check.need.wholeNodes ? Math.floor(maxAccelerators / perNode) * perNode : maxAccelerators;
      return to >= 1 && to < check.need.peak ? { field: "peakGpus", from: check.need.peak, to } : null;
    }
    case "eligibility": {
      const needed = eligibilityNeed(check);
      return needed === null ? null : { field: "organisation", needs: needed };
    }
    case "workload-kind":
    case "sensitivity":
    case "multi-node":
    case "single-node-fit":
      return null;
  }
}

function eligibilityNeed(check: Extract<RuleCheck, { rule: "eligibility" }>): EligibilityNeed | null {
  for (const entry of check.offer.anyOf) {
    if (typeof entry !== "string") {
      const institution = entry.memberOf[0];
      if (institution !== undefined) return { kind: "member-of", institution };
      continue;
    }
    switch (entry) {
      case "any":
        continue;
      case "hk-company":
      case "mainland-entity":
      case "university":
        return { kind: entry };
      case "host-country-entity": {
        const country = check.offer.hostCountries.includes(check.offer.country) ? check.offer.country : check.offer.hostCountries[0];
        if (country !== undefined) return { kind: "host-country-entity", country };
      }
    }
  }
  return null;
}
