import type { Jurisdiction } from "@/lib/catalogue/offer-schema";
import type { DataSensitivity, Residency } from "@/lib/needs/needs-schema";

/** Jurisdictions each residency rule admits. */
export const RESIDENCY_ALLOWS: Record<Residency, readonly Jurisdiction[] | "all"> = {
  "hk-only": ["HK"],
  "hk-or-mainland": ["HK", "CN"],
  anywhere: "all",
};

/**
 * Jurisdictions where data of a given sensitivity may go at all (hard rule), with why:
 * - mainland-origin: export of important / personal data out of the mainland needs a CAC
 *   security assessment or standard contract; the 2023 GBA Standard Contract eases
 *   mainland→Hong Kong transfers only. So: CN or HK.
 * - restricted (contract-restricted): the firm's contracts keep it in Hong Kong.
 * Others: no hard rule; the security factor scores the fit instead.
 */
export const SENSITIVITY_ALLOWS: Record<DataSensitivity, readonly Jurisdiction[] | "all"> = {
  public: "all",
  confidential: "all",
  personal: "all",
  "mainland-origin": ["CN", "HK"],
  restricted: ["HK"],
};

/** Jurisdictions with a comprehensive data-protection law and regulator (GDPR or an equivalent). */
export const STRONG_PRIVACY_REGIMES: readonly Jurisdiction[] = ["EU", "UK", "CH", "JP", "KR", "SG", "TW", "AU"];

/**
 * Jurisdiction fit 0–100 for the security factor (a fixed table, data/README.md):
 *                   HK   CN   strong-privacy  other
 *  public          100  100        100         100
 *  confidential    100   60         85          75
 *  personal (PDPO) 100   50         75          60
 *  mainland-origin  80  100          —           —    (— = excluded by the hard rule)
 *  restricted      100    —          —           —
 */
export function jurisdictionFit(sensitivity: DataSensitivity, j: Jurisdiction): number {
  const cls = j === "HK" ? 0 : j === "CN" ? 1 : STRONG_PRIVACY_REGIMES.includes(j) ? 2 : 3;
  const table: Record<DataSensitivity, [number, number, number, number]> = {
    public: [100, 100, 100, 100],
    confidential: [100, 60, 85, 75],
    personal: [100, 50, 75, 60],
    "mainland-origin": [80, 100, 0, 0],
    restricted: [100, 0, 0, 0],
  };
  return table[sensitivity][cls];
}

export function allows(rule: readonly Jurisdiction[] | "all", j: Jurisdiction): boolean {
  return rule === "all" || rule.includes(j);
}
