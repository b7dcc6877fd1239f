import type { useTranslations } from "next-intl";
import type { EligibilityEntry } from "@/lib/catalogue/offer-schema";
import type { Formatter } from "@/lib/i18n/formatter";
import { labelOr } from "@/lib/i18n/label-or";

type LabelsT = ReturnType<typeof useTranslations<"labels">>;

/**
 * Who may buy, in words: each `eligibility.anyOf` entry ("Hong Kong company", "Members of
 * HKUST (Guangzhou) or HKUST", "Entity in Japan"), joined with "or" because any one is enough.
 * `hostCountries` names the countries a host-country entity must be in (the engine returns it
 * on the eligibility RuleCheck; the catalogue passes the offer's own country).
 */
export function eligibilityText(
  anyOf: readonly EligibilityEntry[],
  hostCountries: readonly string[],
  labels: LabelsT,
  format: Formatter,
): string {
  const countryNames = (codes: readonly string[]) =>
    format.list(
      codes.map((c) => format.regionName(c)),
      "or",
    );
  const entry = (e: EligibilityEntry): string => {
    if (typeof e !== "string")
      return labels("eligibilityMembers", {
        list: format.list(
          e.memberOf.map((i) => labelOr(labels, `institution.${i}`, i)),
          "or",
        ),
      });
    if (e === "host-country-entity" && hostCountries.length > 0)
      return labels("eligibilityHostCountry", { countries: countryNames(hostCountries) });
    return labels(`eligibility.${e}`);
  };
  return format.list(anyOf.map(entry), "or");
}
