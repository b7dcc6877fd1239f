import type { Family, Offer, SubsidyScheme, Tool } from "@/lib/catalogue/offer-schema";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Needs } from "@/lib/needs/needs-schema";
import { hkdRate } from "../cost/hkd-rate";
import { organisationQualifies } from "../eligibility";
import type { Firm } from "./firm";
import type { SubsidyEligibility } from "./subsidy-eligibility";

export { SUBSIDY_ELIGIBILITIES, type SubsidyEligibility } from "./subsidy-eligibility";

/** The catalogue family of Hong Kong's AI supercomputing centre's offers. */
export const CENTRE_FAMILY: Family = "hk-sc";
/** Id of the what-if subsidy scheme that replaces the centre's listed schemes in a scenario. */
export const CENTRE_SUBSIDY_ID = "centre-what-if";

/**
 * Assumption: H800 cards in the centre. Cyberport gives 3,000 PFLOPS without a precision;
 * at dense FP8 (~1.98 PF per H800) that is ~1,500 cards, at dense BF16 ~3,000. We take the
 * lower figure (docs/demand-model.md §5).
 */
export const DEFAULT_CAPACITY_ACCELERATORS = 1500;
/** Reported average utilisation since opening (~80%) taken as the planning target. */
export const DEFAULT_TARGET_UTILISATION = 0.8;

export type CentreScenario = {
  /** List price per card-hour before subsidy, HKD, applied to every centre offer. */
  priceHkdPerCardHour: number;
  /** Share of the compute charge the government pays for eligible firms, 0–1. */
  subsidyShare: number;
  subsidyEligibility: SubsidyEligibility;
  /** Days from first contact to first job, applied to every centre offer. */
  leadTimeDays: number;
  /** Tools the centre supports (the UX factor's input). */
  tools: Tool[];
  capacityAccelerators: number;
  /** Share of the cards' hours that can be sold, 0–1. */
  targetUtilisation: number;
};

export function centreOffers(cat: Catalogue): Offer[] {
  return cat.offers.filter((o) => o.family === CENTRE_FAMILY);
}

/** The centre's main offer: the one that admits the largest allocation (the subsidised programme). */
export function mainCentreOffer(cat: Catalogue): Offer {
  const offers = centreOffers(cat);
  const main = offers.reduce<Offer | undefined>(
    (best, o) => (best === undefined || o.maxAccelerators > best.maxAccelerators ? o : best),
    undefined,
  );
  if (!main) throw new Error(`catalogue has no ${CENTRE_FAMILY} offer`);
  return main;
}

function listedScheme(cat: Catalogue): SubsidyScheme | undefined {
  const main = mainCentreOffer(cat);
  return cat.subsidies.find((s) => main.subsidySchemes.includes(s.id));
}

/** Defaults read from the catalogue: the main offer's price, lead time, tools and listed subsidy. */
export function defaultCentreScenario(cat: Catalogue): CentreScenario {
  const main = mainCentreOffer(cat);
  const scheme = listedScheme(cat);
  return {
    priceHkdPerCardHour: main.price.perAcceleratorHour * hkdRate(main.price.currency, cat.fx),
    subsidyShare: scheme ? scheme.coveragePct / 100 : 0,
    subsidyEligibility: "as-listed",
    leadTimeDays: main.leadTimeDays,
    tools: [...main.tools],
    capacityAccelerators: DEFAULT_CAPACITY_ACCELERATORS,
    targetUtilisation: DEFAULT_TARGET_UTILISATION,
  };
}

/** The market before the centre: every offer but the centre's (the 2023 study's world). */
export function withoutCentre(cat: Catalogue): Catalogue {
  return { ...cat, offers: cat.offers.filter((o) => o.family !== CENTRE_FAMILY) };
}

/**
 * The catalogue with the centre's offers set to the scenario: price (HKD per card-hour), lead
 * time and tools. On the offers that list a subsidy scheme (the subsidised route), the listed
 * schemes are replaced by one what-if scheme paying `subsidyShare` of the compute charge,
 * without cap, until the listed scheme's end date (if any); offers sold without subsidy (list-price access) stay without. Eligibility is decided per firm by
 * `scenarioNeeds`, so the scheme itself admits any organisation.
 */
export function applyCentreScenario(cat: Catalogue, s: CentreScenario): Catalogue {
  // The listed scheme's end date carries over: months of a project after it are at list price.
  const endsOn = listedScheme(cat)?.endsOn;
  const scheme: SubsidyScheme = {
    id: CENTRE_SUBSIDY_ID,
    name: "What-if centre subsidy",
    nameZhHK: "假設情景中心資助",
    nameZhCN: "假设情景中心资助",
    coveragePct: s.subsidyShare * 100,
    capHkd: null,
    eligibleOrganisations: ["any"],
    appliesTo: "compute",
    note: "Scenario setting, not a catalogue figure.",
    sources: [],
    ...(endsOn !== undefined ? { endsOn } : {}),
  };
  return {
    ...cat,
    offers: cat.offers.map((o) =>
      o.family !== CENTRE_FAMILY
        ? o
        : {
            ...o,
            price: { ...o.price, currency: "HKD", perAcceleratorHour: s.priceHkdPerCardHour },
            leadTimeDays: s.leadTimeDays,
            tools: [...s.tools],
            subsidySchemes: o.subsidySchemes.length > 0 ? [CENTRE_SUBSIDY_ID] : [],
          },
    ),
    subsidies: [...cat.subsidies.filter((x) => x.id !== CENTRE_SUBSIDY_ID), scheme],
  };
}

/**
 * The scenario's subsidy group as a predicate, with the catalogue look-ups ("as-listed": the
 * main centre offer's listed scheme and place) done once: scoring a population asks it for
 * every workload.
 */
export function subsidyGroup(
  s: Pick<CentreScenario, "subsidyEligibility">,
  cat: Catalogue,
): (firm: Pick<Firm, "governmentFunded">, org: Needs["organisation"]) => boolean {
  switch (s.subsidyEligibility) {
    case "all":
      return () => true;
    case "university":
      return (_, org) => org.university;
    case "government-funded":
      return (firm) => firm.governmentFunded;
    case "as-listed": {
      const scheme = listedScheme(cat);
      if (scheme === undefined) return () => false;
      const main = mainCentreOffer(cat);
      const place = { country: main.location.country, jurisdiction: main.location.jurisdiction };
      return (_, org) => organisationQualifies(scheme.eligibleOrganisations, org, place);
    }
  }
}

/** Whether a firm is in the scenario's subsidy group. */
export function subsidyEligible(
  firm: Pick<Firm, "governmentFunded">,
  org: Needs["organisation"],
  s: Pick<CentreScenario, "subsidyEligibility">,
  cat: Catalogue,
): boolean {
  return subsidyGroup(s, cat)(firm, org);
}

/**
 * Whether a workload claims the what-if subsidy anew in the scenario (its firm is in the
 * subsidy group, the share is positive, and its needs do not list the scheme already), as a
 * function built once per scenario. Scoring a population passes these claims to the batch
 * scorer instead of copying 200,000 needs objects.
 */
export function scenarioClaimFor(
  s: CentreScenario,
  baseCat: Catalogue,
): (needs: Needs, firm: Pick<Firm, "governmentFunded">) => boolean {
  if (s.subsidyShare <= 0) return () => false;
  const eligible = subsidyGroup(s, baseCat);
  return (needs, firm) => eligible(firm, needs.organisation) && !needs.subsidies.includes(CENTRE_SUBSIDY_ID);
}

/** A workload's needs in the scenario: eligible firms claim the what-if subsidy. */
export function scenarioNeeds(needs: Needs, firm: Pick<Firm, "governmentFunded">, s: CentreScenario, baseCat: Catalogue): Needs {
  return scenarioClaimFor(s, baseCat)(needs, firm) ? { ...needs, subsidies: [...needs.subsidies, CENTRE_SUBSIDY_ID] } : needs;
}
