import type { Institution } from "@/lib/catalogue/offer-schema";
import type { Needs, Residency } from "@/lib/needs/needs-schema";

/**
 * What the organisation would need to be to pass an offer's eligibility rule. This is not a
 * setting the user can simply change (a firm cannot decide to be a university), so hints mark
 * it `userCanChange: false` and the UI words it as a condition, not as an action.
 */
export type EligibilityNeed =
  | { kind: "hk-company" | "mainland-entity" | "university" }
  /** A legal entity in `country` (ISO 3166-1 alpha-2). */
  | { kind: "host-country-entity"; country: string }
  | { kind: "member-of"; institution: Institution };

/**
 * One change to the needs, as data. `field` is the needs path the form edits, so the UI can
 * reuse its field labels; `from`/`to` are the raw values (dates YYYY-MM-DD, HKD, GB).
 */
export type HintChange =
  | { field: "startBy"; from: string; to: string; deltaDays: number }
  | { field: "residency"; from: Residency; to: Residency }
  | { field: "budgetHkd"; from: number; to: number; deltaHkd: number }
  | { field: "accelerator.minMemoryGb"; from: number; to: number }
  | { field: "accelerator.model"; from: string; to: "any" }
  | { field: "peakGpus"; from: number; to: number }
  | { field: "organisation"; needs: EligibilityNeed };

export type HintField = HintChange["field"];

/** Fields in the order hints list them on equal merit (deterministic tie-break). */
export const HINT_FIELDS = [
  "startBy",
  "residency",
  "budgetHkd",
  "accelerator.minMemoryGb",
  "accelerator.model",
  "peakGpus",
  "organisation",
] as const satisfies readonly HintField[];

/** Whether the user can make this change in the form (an organisation attribute is a fact, not a choice). */
export function userCanChange(change: HintChange): boolean {
  return change.field !== "organisation";
}

/** A stable identity for a change, to run each distinct relaxed needs once. */
export function changeKey(change: HintChange): string {
  switch (change.field) {
    case "organisation":
      return `organisation:${JSON.stringify(change.needs)}`;
    default:
      return `${change.field}:${String(change.to)}`;
  }
}

const addUnique = <T extends string>(list: readonly T[], item: T): T[] => (list.includes(item) ? [...list] : [...list, item].sort());

/** `needs` with one change applied (a new object; `needs` is not modified). */
export function applyChange(needs: Needs, change: HintChange): Needs {
  switch (change.field) {
    case "startBy":
      return { ...needs, startBy: change.to };
    case "residency":
      return { ...needs, residency: change.to };
    case "budgetHkd":
      return { ...needs, budgetHkd: change.to };
    case "accelerator.minMemoryGb":
      return { ...needs, accelerator: { ...needs.accelerator, minMemoryGb: change.to } };
    case "accelerator.model":
      return { ...needs, accelerator: { ...needs.accelerator, model: change.to } };
    case "peakGpus":
      return { ...needs, peakGpus: change.to };
    case "organisation": {
      const org = needs.organisation;
      const n = change.needs;
      switch (n.kind) {
        case "hk-company":
          return { ...needs, organisation: { ...org, hkRegistered: true } };
        case "mainland-entity":
          return { ...needs, organisation: { ...org, mainlandEntity: true } };
        case "university":
          return { ...needs, organisation: { ...org, university: true } };
        case "host-country-entity":
          return { ...needs, organisation: { ...org, overseasEntities: addUnique(org.overseasEntities, n.country) } };
        case "member-of":
          return { ...needs, organisation: { ...org, memberOf: addUnique(org.memberOf, n.institution) } };
      }
    }
  }
}
