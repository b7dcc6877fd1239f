import type { Jurisdiction } from "@/lib/catalogue/offer-schema";
import type { Needs } from "@/lib/needs/needs-schema";

/**
 * Cross-border data rules that change a ranking without excluding (docs/method.md §4).
 *
 * Mainland-origin personal information (PIPL arts. 38–39; CAC Provisions on Promoting and
 * Regulating Cross-Border Data Flows, 22 Mar 2024) may leave the mainland under a standard
 * contract, a certification or an exemption. Outside the mainland that costs the firm a
 * personal-information impact assessment and a filing, which we model as added lead time:
 *  - "gba-standard-contract": Hong Kong recipient, data from one of the nine GBA cities — the
 *    Standard Contract for Cross-boundary Flow of Personal Information within the GBA
 *    (CAC / ITIB / PCPD, 13 Dec 2023): simplified assessment, filing within 10 working days;
 *  - "standard-contract": any other destination outside the mainland (national CAC standard contract).
 * Important data and critical-information-infrastructure data ("mainland-important") need a
 * CAC security assessment even for Hong Kong; the GBA route excludes them, so the hard rule
 * keeps them in the mainland (jurisdiction-policy.ts).
 */
export type MainlandExportRoute = "none" | "gba-standard-contract" | "standard-contract";

/**
 * Days added to the lead time for each export route: our planning assumption (impact
 * assessment, contract signature, filing with the authority within 10 working days), not a
 * statutory period. docs/method.md §4 gives the reasoning.
 */
export const EXPORT_FILING_DAYS: Record<MainlandExportRoute, number> = {
  none: 0,
  "gba-standard-contract": 14,
  "standard-contract": 30,
};

/** The export route mainland-origin data takes to an option in `destination` (none for other data or a mainland option). */
export function mainlandExportRoute(
  needs: Pick<Needs, "dataSensitivity" | "mainlandDataOrigin">,
  destination: Jurisdiction,
): MainlandExportRoute {
  if (needs.dataSensitivity !== "mainland-origin" || destination === "CN") return "none";
  return destination === "HK" && needs.mainlandDataOrigin === "gba" ? "gba-standard-contract" : "standard-contract";
}

/** Laws a warning can name (message keys under `laws.<id>` in the UI's messages). */
export const LAW_IDS = [
  "pdpo-dpp1",
  "pdpo-dpp3",
  "pcpd-model-clauses",
  "cn-pipl",
  "cn-dsl",
  "eu-gdpr",
  "uk-gdpr",
  "ch-fadp",
  "sg-pdpa",
  "jp-appi",
  "kr-pipa",
  "tw-pdpa",
  "au-privacy-act",
  "in-dpdpa",
  "id-pdp-law",
  "my-pdpa",
  "us-sectoral",
] as const;
export type LawId = (typeof LAW_IDS)[number];

/** The destination's own data-protection law(s) that govern the data once it is there. */
export const DESTINATION_LAWS: Record<Exclude<Jurisdiction, "HK">, readonly LawId[]> = {
  CN: ["cn-pipl", "cn-dsl"],
  EU: ["eu-gdpr"],
  UK: ["uk-gdpr"],
  CH: ["ch-fadp"],
  SG: ["sg-pdpa"],
  JP: ["jp-appi"],
  KR: ["kr-pipa"],
  TW: ["tw-pdpa"],
  AU: ["au-privacy-act"],
  IN: ["in-dpdpa"],
  ID: ["id-pdp-law"],
  MY: ["my-pdpa"],
  US: ["us-sectoral"],
};

/**
 * A structured warning on a ranked option; `key` is the message key the UI renders.
 *  - crossBorder.personal: personal data (PDPO) would leave Hong Kong. PDPO s.33 is not in
 *    force, but Data Protection Principles 1 (purpose of collection, notice) and 3 (use only
 *    for the original or a directly related purpose) apply, the PCPD recommends its model
 *    contractual clauses, and the destination's law then governs the data;
 *  - pipl.export: mainland-origin personal information leaves the mainland by `route`,
 *    adding `filingDays` to the lead time.
 */
export type OptionWarning =
  | { key: "crossBorder.personal"; destination: Exclude<Jurisdiction, "HK">; laws: readonly LawId[] }
  | {
      key: "pipl.export";
      destination: Exclude<Jurisdiction, "CN">;
      route: Exclude<MainlandExportRoute, "none">;
      filingDays: number;
      laws: readonly LawId[];
    };

/** The warnings for sending the needs' data to `destination` (empty when none applies). */
export function dataTransferWarnings(
  needs: Pick<Needs, "dataSensitivity" | "mainlandDataOrigin">,
  destination: Jurisdiction,
): OptionWarning[] {
  const out: OptionWarning[] = [];
  if (needs.dataSensitivity === "personal" && destination !== "HK") {
    out.push({
      key: "crossBorder.personal",
      destination,
      laws: ["pdpo-dpp1", "pdpo-dpp3", "pcpd-model-clauses", ...DESTINATION_LAWS[destination]],
    });
  }
  const route = mainlandExportRoute(needs, destination);
  if (route !== "none" && destination !== "CN") {
    out.push({ key: "pipl.export", destination, route, filingDays: EXPORT_FILING_DAYS[route], laws: ["cn-pipl"] });
  }
  return out;
}
