import type { Accelerator, Offer, SubsidyScheme } from "@/lib/catalogue/offer-schema";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Needs } from "@/lib/needs/needs-schema";
import { monthsCoveredUntil } from "../calendar";
import { subsidyShare } from "../cost/estimate-cost";
import { hkdRate } from "../cost/hkd-rate";
import { listPriceHkdPerHour } from "../cost/list-price";
import { overrideFor, providerLookup } from "../cost/price-override";
import { organisationQualifies, type EligibilityPlace } from "../eligibility";

/** What `costOffer` reports, written into a reused object (no allocation per pair). */
export type PairCost = {
  totalHkd: number;
  computeHkd: number;
  subsidyHkd: number;
  /** Effective hours (of the reference accelerator, or reference CPU node) over the whole duration. */
  effectiveHours: number;
  neededHours: number;
  billedHours: number;
};

export const newPairCost = (): PairCost => ({
  totalHkd: 0,
  computeHkd: 0,
  subsidyHkd: 0,
  effectiveHours: 0,
  neededHours: 0,
  billedHours: 0,
});

/** Per-offer facts the cost needs, looked up once (the engine's own FX and list-price rules). */
export type OfferCosting = {
  offer: Offer;
  accelerator: Accelerator;
  rate: number;
  listPriceHkd: number;
  place: EligibilityPlace;
  /** Whole subsidised months per scheme id → project start → months (calendar arithmetic is slow; few distinct keys). */
  covered: Map<string, Map<string, Map<number, number>>>;
  /** The catalogue's subsidy schemes this offer lists, by id. */
  schemes: Map<string, SubsidyScheme>;
  // The offer's fields costOffer reads, copied flat: every OfferCosting has one shape, so the
  // per-pair reads stay monomorphic (catalogue offers differ in their optional fields).
  nodeAllocation: boolean;
  perNode: number;
  minimumHours: number;
  /** Best commitment discount (%) for a duration of m months, at index m; NaN = none applies. */
  commitmentPctByMonths: Float64Array;
  storagePricePerTbMonth: number;
  egressFreeTbPerMonth: number;
  egressPricePerTb: number;
  fees: readonly { oneOff: boolean; amount: number }[];
  city: string | null;
};

/** Longest duration the needs schema admits (months); the commitment table covers 0…this. */
const MAX_MONTHS = 120;

export function offerCosting(offer: Offer, cat: Catalogue): OfferCosting {
  const accelerator = cat.accelerators.find((a) => a.id === offer.accelerator.model);
  if (!accelerator) throw new Error(`unknown accelerator ${offer.accelerator.model}`);
  const rate = hkdRate(offer.price.currency, cat.fx);
  return {
    offer,
    accelerator,
    rate,
    listPriceHkd: listPriceHkdPerHour(offer, cat.fx),
    place: { country: offer.location.country, jurisdiction: offer.location.jurisdiction },
    covered: new Map(),
    schemes: firstSchemes(cat.subsidies.filter((sc) => offer.subsidySchemes.includes(sc.id))),
    nodeAllocation: offer.accelerator.allocation === "node",
    perNode: offer.accelerator.perNode,
    minimumHours: offer.minimumPurchase.acceleratorHours,
    commitmentPctByMonths: Float64Array.from({ length: MAX_MONTHS + 1 }, (_, months) => bestCommitmentPct(offer, months) ?? Number.NaN),
    storagePricePerTbMonth: offer.storage.pricePerTbMonth,
    egressFreeTbPerMonth: offer.egress.freeTbPerMonth,
    egressPricePerTb: offer.egress.pricePerTb,
    fees: offer.fees.map((fee) => ({ oneOff: fee.unit === "one-off", amount: fee.amount })),
    city: offer.location.city ?? null,
  };
}

/** The largest discount of the offer's commitments open to a project of `months` (the first of equal ones); null when none is. */
function bestCommitmentPct(offer: Offer, months: number): number | null {
  let commitPct: number | null = null;
  for (const k of offer.commitments) {
    if (k.minMonths <= months && (commitPct === null || k.discountPct > commitPct)) commitPct = k.discountPct;
  }
  return commitPct;
}

function firstSchemes(schemes: readonly SubsidyScheme[]): Map<string, SubsidyScheme> {
  const m = new Map<string, SubsidyScheme>();
  for (const sc of schemes) if (!m.has(sc.id)) m.set(sc.id, sc);
  return m;
}

function coveredMonths(c: OfferCosting, scheme: SubsidyScheme & { endsOn: string }, projectStart: string, months: number): number {
  let byStart = c.covered.get(scheme.id);
  if (byStart === undefined) {
    byStart = new Map();
    c.covered.set(scheme.id, byStart);
  }
  let byMonths = byStart.get(projectStart);
  if (byMonths === undefined) {
    byMonths = new Map();
    byStart.set(projectStart, byMonths);
  }
  let v = byMonths.get(months);
  if (v === undefined) {
    v = monthsCoveredUntil(projectStart, scheme.endsOn, months);
    byMonths.set(months, v);
  }
  return v;
}


/**
 * The number `estimateCost` (lib/domain/cost/estimate-cost.ts) returns as `totalHkd`, with the
 * same operations in the same order, without building line items or notes: the batch scorer
 * runs it millions of times. The rules themselves are the engine's (list price, FX, subsidy
 * share, eligibility, subsidised months); only the arithmetic is restated. `listPriceHkd` may
 * differ from the catalogue's (the price sweep). `projectStart` is the reference date plus the
 * offer's lead time for this firm, as recommend() passes it.
 * tests/unit/demand/batch-scorer.property.test.ts checks, over random firms and offers, that
 * totals match `recommend()` exactly; a change to estimateCost that is not mirrored here fails it.
 * `extraSchemeId` (or null) is a subsidy the needs claim after their own `subsidies`, as if
 * appended to that list (the centre what-if's claim, without copying the needs).
 */
export function costOffer(
  c: OfferCosting,
  needs: Needs,
  measuredOnThroughput: number,
  offerThroughput: number,
  listPriceHkd: number,
  projectStart: string,
  cat: Catalogue,
  out: PairCost,
  extraSchemeId: string | null = null,
): PairCost {
  const months = needs.durationMonths;
  const rate = c.rate;
  const effective = needs.gpuHoursPerMonth * months * measuredOnThroughput;
  const needed = offerThroughput > 0 ? effective / offerThroughput : Number.POSITIVE_INFINITY;
  const perNode = c.perNode;
  const packaging = c.nodeAllocation ? (Math.ceil(needs.peakGpus / perNode) * perNode) / needs.peakGpus : 1;
  let billed = needed * packaging;
  if (c.minimumHours > billed) billed = c.minimumHours;

  // unitPrice × unitRate × computeFactor, where computeFactor = 1 × (1 − discount) × (1 − commitment).
  let unit = listPriceHkd;
  let discountFactor = 1;
  let quoted = false;
  if (needs.priceOverrides.length > 0) {
    const ov = overrideFor(needs.priceOverrides, c.offer, providerLookup(cat.offers));
    if (ov?.quotedPricePerAcceleratorHour !== undefined) {
      unit = ov.quotedPricePerAcceleratorHour * hkdRate(ov.currency, cat.fx);
      quoted = true;
    } else if (ov?.discountPct !== undefined) {
      discountFactor = 1 - ov.discountPct / 100;
    }
  }
  // The best commitment for this duration (precomputed per offer); NaN = none.
  const best = needs.allowCommitment && !quoted ? c.commitmentPctByMonths[months]! : Number.NaN;
  const computeFactor = 1 * discountFactor * (1 - (best === best ? best : 0) / 100);
  const compute = billed * (unit * computeFactor);
  let sum = 0 + compute;
  let storage = 0;
  if (needs.storageTb > 0) {
    storage = needs.storageTb * months * c.storagePricePerTbMonth * rate;
    sum += storage;
  }
  if (needs.egressTbPerMonth > 0) {
    const chargeableTb = Math.max(0, needs.egressTbPerMonth - c.egressFreeTbPerMonth) * months;
    sum += chargeableTb * c.egressPricePerTb * rate;
  }
  const fees = c.fees;
  for (let i = 0; i < fees.length; i++) sum += (fees[i]!.oneOff ? 1 : months) * fees[i]!.amount * rate;
  const subtotal = sum;
  let subsidised = 0;
  const subsidies = needs.subsidies;
  const listed = subsidies.length;
  const claimCount = extraSchemeId === null ? listed : listed + 1;
  for (let i = 0; i < claimCount; i++) {
    // The first catalogue scheme with this id, if the offer lists it (schemes: built from cat.subsidies).
    const scheme = c.schemes.get(i < listed ? subsidies[i]! : (extraSchemeId as string));
    if (scheme === undefined) continue;
    const city = scheme.city ?? null;
    if (city !== null && c.city !== city) continue;
    if (!organisationQualifies(scheme.eligibleOrganisations, needs.organisation, c.place)) continue;
    const fullBase =
      scheme.appliesTo === "compute" ? compute : scheme.appliesTo === "compute-and-storage" ? compute + (0 + storage) : subtotal;
    let base = fullBase;
    if (scheme.endsOn !== undefined) {
      const covered = coveredMonths(c, scheme as SubsidyScheme & { endsOn: string }, projectStart, months);
      if (covered < months) base = (fullBase * covered) / months;
    }
    const remaining = Math.max(0, base - subsidised);
    const raw = subsidyShare(scheme, needs) * remaining;
    const amount = scheme.capHkd === null ? raw : Math.min(raw, scheme.capHkd);
    subsidised += amount;
    sum += -amount;
  }
  out.totalHkd = Math.max(0, sum);
  out.computeHkd = compute;
  out.subsidyHkd = subsidised;
  out.effectiveHours = effective;
  out.neededHours = needed;
  out.billedHours = billed;
  return out;
}
