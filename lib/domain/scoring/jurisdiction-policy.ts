import type { Jurisdiction } from "@/lib/catalogue/offer-schema";
import type { DataSensitivity, MainlandDataOrigin, Residency } from "@/lib/needs/needs-schema";

/** Jurisdictions each residency rule admits. */
export const RESIDENCY_ALLOWS: Record<Residency, readonly Jurisdiction[] | "all"> = {
  "hk-only": ["HK"],
  "hk-or-mainland": ["HK", "CN"],
  anywhere: "all",
};

/**
 * Jurisdictions where data of a given sensitivity may go at all (hard rule), with why
 * (docs/method.md §4):
 * - mainland-important: important data / CII data needs a CAC security assessment for any
 *   export, Hong Kong included, and the GBA route excludes it: mainland only;
 * - restricted (contract-restricted): the firm's contracts keep it in Hong Kong.
 * Others (mainland-origin included) have no hard rule; the security factor scores the fit and
 * data-transfer.ts adds the export filing time.
 */
export const SENSITIVITY_ALLOWS: Record<DataSensitivity, readonly Jurisdiction[] | "all"> = {
  public: "all",
  confidential: "all",
  personal: "all",
  "mainland-origin": "all",
  "mainland-important": ["CN"],
  restricted: ["HK"],
};

/** Jurisdictions with a comprehensive data-protection law and regulator (GDPR or an equivalent). */
export const STRONG_PRIVACY_REGIMES: readonly Jurisdiction[] = ["EU", "UK", "CH", "JP", "KR", "SG", "TW", "AU"];

/** The columns of the jurisdiction-fit table. */
export const JURISDICTION_CLASSES = ["hk", "mainland", "strong-privacy", "other"] as const;
export type JurisdictionClass = (typeof JURISDICTION_CLASSES)[number];

export function jurisdictionClass(j: Jurisdiction): JurisdictionClass {
  return j === "HK" ? "hk" : j === "CN" ? "mainland" : STRONG_PRIVACY_REGIMES.includes(j) ? "strong-privacy" : "other";
}

/**
 * Jurisdiction fit 0–100 for the security factor, by data class and where the data goes
 * (0 where the hard rule excludes the pair). The method page renders this table.
 * mainland-origin scores the export burden: the mainland needs no export, Hong Kong the
 * standard contract (the GBA route scores GBA_ROUTE_HK_FIT instead), elsewhere the national
 * standard contract plus a second legal regime.
 */
export const JURISDICTION_FIT: Record<DataSensitivity, Record<JurisdictionClass, number>> = {
  public: { hk: 100, mainland: 100, "strong-privacy": 100, other: 100 },
  confidential: { hk: 100, mainland: 60, "strong-privacy": 85, other: 75 },
  personal: { hk: 100, mainland: 50, "strong-privacy": 75, other: 60 },
  "mainland-origin": { hk: 70, mainland: 100, "strong-privacy": 50, other: 40 },
  "mainland-important": { hk: 0, mainland: 100, "strong-privacy": 0, other: 0 },
  restricted: { hk: 100, mainland: 0, "strong-privacy": 0, other: 0 },
};

/** Fit of mainland-origin data from a GBA city sent to Hong Kong under the GBA standard contract. */
export const GBA_ROUTE_HK_FIT = 85;

/** Jurisdiction fit 0–100 (the table above, with the GBA-route exception). */
export function jurisdictionFit(
  sensitivity: DataSensitivity,
  j: Jurisdiction,
  mainlandDataOrigin: MainlandDataOrigin | null = null,
): number {
  if (sensitivity === "mainland-origin" && j === "HK" && mainlandDataOrigin === "gba") return GBA_ROUTE_HK_FIT;
  return JURISDICTION_FIT[sensitivity][jurisdictionClass(j)];
}

export function allows(rule: readonly Jurisdiction[] | "all", j: Jurisdiction): boolean {
  return rule === "all" || rule.includes(j);
}
