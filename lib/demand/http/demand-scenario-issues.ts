import type { z } from "zod";
import { validationText } from "@/lib/consultations/http/api-text";
import type { Locale } from "@/lib/i18n/locales";
import { localiseIssues, type LocalisedIssue } from "@/lib/validation/localise-issues";
import { validationTranslator } from "@/lib/validation/validation-messages";
import { demandText } from "../demand-text";

/**
 * The label of each field of a saved demand scenario's body, as the demand page shows it
 * (demand.json), so a 400 names the control the user knows ("Price per card-hour: …").
 */
const LABEL_KEYS = {
  name: "scenarios.name",
  state: "scenarios.settings",
  "state.source": "population.sourceLegend",
  "state.firms": "population.firms",
  "state.seed": "population.seed",
  "state.centre": "centre.title",
  "state.centre.priceHkdPerCardHour": "centre.price",
  "state.centre.subsidyShare": "centre.subsidy",
  "state.centre.subsidyEligibility": "centre.eligibility",
  "state.centre.leadTimeDays": "centre.leadTime",
  "state.centre.tools": "centre.tools",
  "state.centre.capacityAccelerators": "centre.capacity",
  "state.centre.targetUtilisation": "centre.utilisation",
  "state.lambda": "centre.lambda",
  "state.centreConstant": "centre.constant",
} as const;

function labelKey(path: readonly PropertyKey[]): (typeof LABEL_KEYS)[keyof typeof LABEL_KEYS] | undefined {
  const parts = path.map(String);
  for (let n = parts.length; n > 0; n--) {
    // Own keys only: a path segment can be a key the client sent ("constructor", "__proto__").
    const prefix = parts.slice(0, n).join(".");
    if (Object.hasOwn(LABEL_KEYS, prefix)) return LABEL_KEYS[prefix as keyof typeof LABEL_KEYS];
  }
  return undefined;
}

/** zod issues of a demand-scenario body → one localised entry per problem, each naming its field by the page's label. */
export function localiseDemandScenarioIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): LocalisedIssue[] {
  const t = demandText(locale);
  const v = validationTranslator(locale);
  return localiseIssues(issues, locale).map((issue, i) => {
    const source = issues[i]!;
    const key = labelKey(source.path);
    const field = key ? t(key) : issue.field;
    const own = source.code === "custom" ? validationText(locale, (source.params as { key?: string } | undefined)?.key) : undefined;
    // localiseIssues' message is "field: detail" (validation.fieldMessage); keep its detail, name the page's field.
    const detail = own ?? issue.message.slice(v("fieldMessage", { field: issue.field, message: "" }).length);
    return { ...issue, field, message: v("fieldMessage", { field, message: detail }) };
  });
}
