import type { EligibilityEntry } from "@/lib/catalogue/offer-schema";
import type { Organisation } from "@/lib/needs/needs-schema";

/**
 * EU member states (ISO 3166-1 alpha-2). An EU-jurisdiction facility (EuroHPC) is open to an
 * entity in any member state, so "host-country entity" there means any of these.
 * Source: https://european-union.europa.eu/principles-countries-history/eu-countries_en
 */
export const EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "GR",
  "DE",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

/** Where the offer sits, as eligibility reads it. */
export type EligibilityPlace = { country: string; jurisdiction: string };

/** The countries whose entities count as "host-country entity" for a facility at `place`. */
export function hostCountries(place: EligibilityPlace): readonly string[] {
  return place.jurisdiction === "EU" ? EU_MEMBER_STATES : [place.country];
}

/**
 * Whether one eligibility entry admits the organisation:
 *  - "any": everyone; "hk-company", "mainland-entity", "university": the matching flag;
 *  - "host-country-entity": a legal entity in the facility's own country (any EU member state
 *    for an EU facility) listed in `overseasEntities`. The legacy `hostCountryPartner` flag
 *    does not count: it never said which country;
 *  - `{ memberOf: [...] }`: a member of one of the named institutions.
 */
export function entryAdmits(entry: EligibilityEntry, org: Organisation, place: EligibilityPlace): boolean {
  if (typeof entry !== "string") return entry.memberOf.some((i) => org.memberOf.includes(i));
  switch (entry) {
    case "any":
      return true;
    case "hk-company":
      return org.hkRegistered;
    case "mainland-entity":
      return org.mainlandEntity;
    case "university":
      return org.university;
    case "host-country-entity": {
      const countries = hostCountries(place);
      return org.overseasEntities.some((c) => countries.includes(c));
    }
  }
}

/** An organisation qualifies for an offer (or a scheme at that offer) if ANY entry admits it. */
export function organisationQualifies(anyOf: readonly EligibilityEntry[], org: Organisation, place: EligibilityPlace): boolean {
  return anyOf.some((e) => entryAdmits(e, org, place));
}
