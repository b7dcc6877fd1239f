import type { Accelerator, Offer, SubsidyScheme } from "@/lib/catalogue/offer-schema";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Needs } from "@/lib/needs/needs-schema";
import { hkdRate } from "../cost/hkd-rate";
import { organisationQualifies } from "../cost/estimate-cost";

/** What `costOffer` reports, written into a reused object (no allocation per pair). */
export type PairCost = {
  totalHkd: number;
  computeHkd: number;
  subsidyHkd: number;
  /** Effective (reference-accelerator) GPU-hours over the whole duration. */
  effectiveGpuHours: number;
  neededAcceleratorHours: number;
  billedAcceleratorHours: number;
};

export const newPairCost = (): PairCost => ({ totalHkd: 0, computeHkd: 0, subsidyHkd: 0, effectiveGpuHours: 0, neededAcceleratorHours: 0, billedAcceleratorHours: 0 });

/** Per-offer facts the cost needs, looked up once (the engine's own FX rule). */
export type OfferCosting = { offer: Offer; accelerator: Accelerator; rate: number; listPriceHkd: number };

export function offerCosting(offer: Offer, cat: Catalogue): OfferCosting {
  const accelerator = cat.accelerators.find((a) => a.id === offer.accelerator.model);
  if (!accelerator) throw new Error(`unknown accelerator ${offer.accelerator.model}`);
  const rate = hkdRate(offer.price.currency, cat.fx);
  return { offer, accelerator, rate, listPriceHkd: offer.price.perAcceleratorHour * rate };
}

/**
 * The number `estimateCost` (lib/domain/cost/estimate-cost.ts) returns as `totalHkd`, with the
 * same operations in the same order, without building line items, formulas or notes: the batch
 * scorer runs it millions of times. `listPriceHkd` may differ from the catalogue's (the price
 * sweep). tests/unit/demand/batch-scorer.property.test.ts checks, over random firms and offers,
 * that totals match `recommend()` exactly; a change to estimateCost that is not mirrored here
 * fails that test.
 */
export function costOffer(c: OfferCosting, needs: Needs, measuredOnThroughput: number, offerThroughput: number, listPriceHkd: number, cat: Catalogue, out: PairCost): PairCost {
  const offer = c.offer;
  const months = needs.durationMonths;
  const rate = c.rate;
  const effective = needs.gpuHoursPerMonth * months * measuredOnThroughput;
  const needed = offerThroughput > 0 ? effective / offerThroughput : Number.POSITIVE_INFINITY;
  const perNode = offer.accelerator.perNode;
  const packaging = offer.accelerator.allocation === "node" ? (Math.ceil(needs.peakGpus / perNode) * perNode) / needs.peakGpus : 1;
  let billed = needed * packaging;
  if (offer.minimumPurchase.acceleratorHours > billed) billed = offer.minimumPurchase.acceleratorHours;

  let unit = listPriceHkd;
  let quoted = false;
  if (needs.priceOverrides.length > 0) {
    const ov = needs.priceOverrides.find((o) => o.offerId === offer.id);
    if (ov?.quotedPricePerAcceleratorHour !== undefined) {
      unit = ov.quotedPricePerAcceleratorHour * hkdRate(ov.currency, cat.fx);
      quoted = true;
    } else if (ov?.discountPct !== undefined) {
      unit = listPriceHkd * (1 - ov.discountPct / 100);
    }
  }
  let commitPct: number | null = null;
  if (needs.allowCommitment && !quoted) {
    for (const k of offer.commitments) {
      if (k.minMonths <= months && (commitPct === null || k.discountPct > commitPct)) commitPct = k.discountPct;
    }
  }
  const commitFactor = 1 - (commitPct ?? 0) / 100;
  const price = unit * commitFactor;
  const compute = billed * price;
  let sum = 0 + compute;
  let storage = 0;
  if (needs.storageTb > 0) {
    storage = needs.storageTb * offer.storage.pricePerTbMonth * rate * months;
    sum += storage;
  }
  if (needs.egressTbPerMonth > 0) {
    const chargeable = Math.max(0, needs.egressTbPerMonth - offer.egress.freeTbPerMonth);
    sum += chargeable * offer.egress.pricePerTb * rate * months;
  }
  for (const fee of offer.fees) sum += fee.unit === "one-off" ? fee.amount * rate : fee.amount * rate * months;
  const subtotal = sum;
  let subsidised = 0;
  for (const id of needs.subsidies) {
    const scheme: SubsidyScheme | undefined = cat.subsidies.find((s) => s.id === id);
    if (!scheme || !offer.subsidySchemes.includes(id) || !organisationQualifies(scheme.eligibleOrganisations, needs.organisation)) continue;
    const base = scheme.appliesTo === "compute" ? compute : scheme.appliesTo === "compute-and-storage" ? compute + (needs.storageTb > 0 ? 0 + storage : 0) : subtotal;
    const remaining = Math.max(0, base - subsidised);
    const raw = (scheme.coveragePct / 100) * remaining;
    const amount = scheme.capHkd === null ? raw : Math.min(raw, scheme.capHkd);
    subsidised += amount;
    sum += -amount;
  }
  out.totalHkd = Math.max(0, sum);
  out.computeHkd = compute;
  out.subsidyHkd = subsidised;
  out.effectiveGpuHours = effective;
  out.neededAcceleratorHours = needed;
  out.billedAcceleratorHours = billed;
  return out;
}
