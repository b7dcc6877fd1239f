import { checkNeedsReferences } from "@/lib/api/recommend-request";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { centreOffers } from "@/lib/domain/demand/centre-scenario";
import type { Firm } from "@/lib/domain/demand/firm";
import { providerLookup } from "@/lib/domain/cost/price-override";
import type { Needs } from "@/lib/needs/needs-schema";

/** The consultations as a demand population: one firm each, and how many were used or left out. */
export type ConsultationPopulation = {
  firms: Firm[];
  /** Consultations whose current scenario became a firm. */
  used: number;
  /** Consultations left out: their needs name an accelerator, offer or scheme today's catalogue no longer has. */
  skipped: number;
};

/**
 * Every field of the needs, listed once: the builder copies these and nothing else, so a firm
 * carries the needs of a consultation and never anything beside them (`satisfies` fails the
 * type check when the needs schema gains a field this list does not name).
 */
const NEEDS_FIELDS = {
  workload: true,
  accelerator: true,
  gpuHoursPerMonth: true,
  durationMonths: true,
  hoursMeasuredOn: true,
  peakGpus: true,
  multiNode: true,
  storageTb: true,
  egressTbPerMonth: true,
  dataSensitivity: true,
  residency: true,
  mainlandDataOrigin: true,
  organisation: true,
  budgetHkd: true,
  startBy: true,
  tools: true,
  supportLanguage: true,
  priceOverrides: true,
  subsidies: true,
  subsidyShares: true,
  allowCommitment: true,
} as const satisfies Record<keyof Needs, true>;

/**
 * The saved consultations' needs (each consultation's current scenario, read from the store
 * without names, notes or any free text) → a demand population, one firm per consultation with
 * that scenario as its one workload (docs/demand-model.md §6b):
 * - only the needs fields are copied, as a fresh object (structuredClone: no shared references);
 * - price overrides on the centre's provider are dropped, because the what-if sets the centre's
 *   price for every firm; overrides on other providers stay (the firm's real alternatives);
 * - governmentFunded = the firm selected a subsidy scheme; profitable = it will sign a commitment
 *   (as for CSV imports); allLayers false and budget unknown (the needs do not say);
 * - needs naming ids today's catalogue lacks are left out and counted in `skipped`.
 */
export function consultationPopulation(needsList: readonly Needs[], cat: Catalogue): ConsultationPopulation {
  const providerOf = providerLookup(cat.offers);
  const centreProviders = new Set(centreOffers(cat).map((o) => o.provider));
  const firms: Firm[] = [];
  let skipped = 0;
  for (const source of needsList) {
    if (checkNeedsReferences(source, cat).length > 0) {
      skipped++;
      continue;
    }
    const picked = Object.fromEntries(Object.keys(NEEDS_FIELDS).map((k) => [k, structuredClone(source[k as keyof Needs])])) as Needs;
    const needs: Needs = {
      ...picked,
      priceOverrides: picked.priceOverrides.filter((o) => !centreProviders.has(providerOf(o.offerId) ?? "")),
    };
    firms.push({
      workloads: [needs],
      governmentFunded: needs.subsidies.length > 0,
      profitable: needs.allowCommitment,
      allLayers: false,
      budgetHkd: null,
    });
  }
  return { firms, used: firms.length, skipped };
}
