import type { Accelerator, FxFile, Offer, SubsidyScheme } from "@/lib/catalogue/offer-schema";
import type { Needs } from "@/lib/needs/needs-schema";
import { hkdRate } from "./hkd-rate";
import { reason, type Reason } from "../scoring/reason";

export const HOURS_PER_MONTH = 730; // 8,760 h / 12, the convention cloud price pages use.

export type CostLineKind = "compute" | "storage" | "egress" | "fee" | "subsidy";

export type CostLine = {
  kind: CostLineKind;
  /** Stable label key, e.g. "compute", "storage", "fee:Support plan", "subsidy:hk-aiss". */
  label: string;
  amountHkd: number;
  /** The formula with the numbers filled in, e.g. "12,000 GPU-h × HKD 23.26 × (1 − 30%)". */
  formula: string;
  /** Offer figure paths this line relies on (to look up their sources). */
  figures: string[];
};

export type CostEstimate = {
  totalHkd: number;
  monthlyHkd: number;
  lines: CostLine[];
  /** Effective (reference-accelerator) GPU-hours the firm needs over the whole duration. */
  effectiveGpuHours: number;
  /** Accelerator-hours on this offer before packaging / minimum purchase. */
  neededAcceleratorHours: number;
  /** Accelerator-hours billed after node packaging and minimum purchase. */
  billedAcceleratorHours: number;
  packagingFactor: number;
  /** Compute price per accelerator-hour actually used, HKD, after overrides and commitment. */
  priceHkdPerAcceleratorHour: number;
  listPriceHkdPerAcceleratorHour: number;
  commitment: { name: string; discountPct: number } | null;
  override: { kind: "discount"; discountPct: number } | { kind: "quote"; priceHkd: number } | null;
  /** All-in cost per effective GPU-hour, the price factor's input. */
  hkdPerEffectiveGpuHour: number;
  notes: Reason[];
};

export type CostContext = {
  fx: FxFile;
  subsidies: readonly SubsidyScheme[];
  /** Relative throughput of the accelerator the needs' hours were measured on. */
  measuredOnThroughput: number;
  /** Relative throughput of this offer's accelerator for the workload. */
  offerThroughput: number;
  accelerator: Accelerator;
};

// Formulas are written in a fixed "en-US" style; formatters are cached (Intl construction is costly).
const formatters = new Map<number, Intl.NumberFormat>();
const fmt = (n: number, digits = 2) => {
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formatters.set(digits, f);
  }
  return f.format(n);
};

/** An organisation qualifies if it matches any listed kind. */
export function organisationQualifies(anyOf: readonly string[], org: Needs["organisation"]): boolean {
  return anyOf.some(
    (k) => k === "any" || (k === "hk-company" && org.hkRegistered) || (k === "mainland-entity" && org.mainlandEntity) || (k === "university" && org.university) ||
      (k === "host-country-entity" && org.hostCountryPartner),
  );
}

/**
 * Estimated cost of meeting `needs` on `offer`, in HKD, as line items:
 *
 *   E   = gpuHoursPerMonth × months × rel(measuredOn)          effective GPU-hours
 *   A   = E / rel(offer)                                         accelerator-hours needed here
 *   p   = ceil(peak / perNode) × perNode / peak   (whole-node offers, else 1)   packaging
 *   B   = max(A × p, minimum purchase)                           billed accelerator-hours
 *   P   = list price × FX, or quote × FX, or list × (1 − negotiated %)
 *   compute = B × P × (1 − commitment %)   best commitment with term ≤ months (not on a quote)
 *   storage = TB × price/TB-month × FX × months
 *   egress  = max(0, TB/month − free) × price/TB × FX × months
 *   fees    = one-off + per-month × months (× FX)
 *   subsidy = −min(coverage % × (eligible base − earlier subsidies), cap)   for each scheme
 *             the firm expects, the offer lists, and the organisation qualifies for
 *   total   = max(0, Σ lines)
 *
 * Pure; monotone: more hours or a higher price never lowers the total.
 */
export function estimateCost(offer: Offer, needs: Needs, ctx: CostContext): CostEstimate {
  const months = needs.durationMonths;
  const rate = hkdRate(offer.price.currency, ctx.fx);
  const notes: Reason[] = [];
  const lines: CostLine[] = [];

  const effectiveGpuHours = needs.gpuHoursPerMonth * months * ctx.measuredOnThroughput;
  const neededAcceleratorHours = ctx.offerThroughput > 0 ? effectiveGpuHours / ctx.offerThroughput : Number.POSITIVE_INFINITY;
  const perNode = offer.accelerator.perNode;
  const packagingFactor = offer.accelerator.allocation === "node" ? (Math.ceil(needs.peakGpus / perNode) * perNode) / needs.peakGpus : 1;
  if (packagingFactor > 1) {
    notes.push(reason("cost.packaging", { peak: needs.peakGpus, perNode, factor: Number(packagingFactor.toFixed(3)) }));
  }
  let billedAcceleratorHours = neededAcceleratorHours * packagingFactor;
  if (offer.minimumPurchase.acceleratorHours > billedAcceleratorHours) {
    notes.push(reason("cost.minimum-purchase", { minimum: offer.minimumPurchase.acceleratorHours, needed: Math.round(billedAcceleratorHours) }));
    billedAcceleratorHours = offer.minimumPurchase.acceleratorHours;
  }

  const listPriceHkd = offer.price.perAcceleratorHour * rate;
  let unitPriceHkd = listPriceHkd;
  let override: CostEstimate["override"] = null;
  const ov = needs.priceOverrides.find((o) => o.offerId === offer.id);
  if (ov?.quotedPricePerAcceleratorHour !== undefined) {
    const quoteRate = hkdRate(ov.currency, ctx.fx);
    unitPriceHkd = ov.quotedPricePerAcceleratorHour * quoteRate;
    override = { kind: "quote", priceHkd: unitPriceHkd };
  } else if (ov?.discountPct !== undefined) {
    unitPriceHkd = listPriceHkd * (1 - ov.discountPct / 100);
    override = { kind: "discount", discountPct: ov.discountPct };
  }

  // A quote is taken as the firm's final negotiated price: no catalogue commitment discount on top.
  let commitment: CostEstimate["commitment"] = null;
  if (needs.allowCommitment && override?.kind !== "quote") {
    for (const c of offer.commitments) {
      if (c.minMonths <= months && (commitment === null || c.discountPct > commitment.discountPct)) {
        commitment = { name: c.name, discountPct: c.discountPct };
      }
    }
  }
  const commitFactor = 1 - (commitment?.discountPct ?? 0) / 100;
  const priceHkdPerAcceleratorHour = unitPriceHkd * commitFactor;
  const compute = billedAcceleratorHours * priceHkdPerAcceleratorHour;
  const unitWord = ctx.accelerator.kind === "cpu-node" ? "node-h" : "GPU-h";
  lines.push({
    kind: "compute",
    label: "compute",
    amountHkd: compute,
    formula:
      `${fmt(billedAcceleratorHours, 0)} ${unitWord} × HKD ${fmt(unitPriceHkd)}` +
      (override?.kind === "quote" ? " (quoted)" : override?.kind === "discount" ? ` (list ${fmt(listPriceHkd)} − ${fmt(override.discountPct)}% negotiated)` : ` (${offer.price.currency} ${fmt(offer.price.perAcceleratorHour, 4)} × ${fmt(rate, 4)})`) +
      (commitment ? ` × (1 − ${fmt(commitment.discountPct)}% ${commitment.name})` : ""),
    figures: ["price.perAcceleratorHour", "accelerator.model", ...(commitment ? ["commitments"] : []), ...(packagingFactor > 1 ? ["accelerator.perNode"] : []), ...(offer.minimumPurchase.acceleratorHours > 0 ? ["minimumPurchase"] : [])],
  });

  if (needs.storageTb > 0) {
    const storage = needs.storageTb * offer.storage.pricePerTbMonth * rate * months;
    lines.push({
      kind: "storage",
      label: "storage",
      amountHkd: storage,
      formula: `${fmt(needs.storageTb)} TB × ${offer.price.currency} ${fmt(offer.storage.pricePerTbMonth)}/TB-month × ${fmt(rate, 4)} × ${months} months`,
      figures: ["storage.pricePerTbMonth"],
    });
  }
  const chargeableEgress = Math.max(0, needs.egressTbPerMonth - offer.egress.freeTbPerMonth);
  if (needs.egressTbPerMonth > 0) {
    const egress = chargeableEgress * offer.egress.pricePerTb * rate * months;
    lines.push({
      kind: "egress",
      label: "egress",
      amountHkd: egress,
      formula: `max(0, ${fmt(needs.egressTbPerMonth)} − ${fmt(offer.egress.freeTbPerMonth)} free) TB × ${offer.price.currency} ${fmt(offer.egress.pricePerTb)}/TB × ${fmt(rate, 4)} × ${months} months`,
      figures: ["egress.pricePerTb"],
    });
  }
  for (const fee of offer.fees) {
    const amount = fee.unit === "one-off" ? fee.amount * rate : fee.amount * rate * months;
    lines.push({
      kind: "fee",
      label: `fee:${fee.name}`,
      amountHkd: amount,
      formula: fee.unit === "one-off" ? `${offer.price.currency} ${fmt(fee.amount)} once × ${fmt(rate, 4)}` : `${offer.price.currency} ${fmt(fee.amount)}/month × ${fmt(rate, 4)} × ${months} months`,
      figures: ["fees"],
    });
  }

  const subtotal = lines.reduce((s, l) => s + l.amountHkd, 0);
  // Several schemes never pay more than the base together: each applies to what earlier ones left.
  let alreadySubsidised = 0;
  for (const schemeId of needs.subsidies) {
    const scheme = ctx.subsidies.find((s) => s.id === schemeId);
    if (!scheme) continue;
    if (!offer.subsidySchemes.includes(schemeId)) {
      notes.push(reason("subsidy.not-applicable", { scheme: schemeId }));
      continue;
    }
    if (!organisationQualifies(scheme.eligibleOrganisations, needs.organisation)) {
      notes.push(reason("subsidy.not-eligible", { scheme: schemeId }));
      continue;
    }
    const base =
      scheme.appliesTo === "compute"
        ? compute
        : scheme.appliesTo === "compute-and-storage"
          ? compute + lines.filter((l) => l.kind === "storage").reduce((s, l) => s + l.amountHkd, 0)
          : subtotal;
    const remaining = Math.max(0, base - alreadySubsidised);
    const raw = (scheme.coveragePct / 100) * remaining;
    const amount = scheme.capHkd === null ? raw : Math.min(raw, scheme.capHkd);
    alreadySubsidised += amount;
    lines.push({
      kind: "subsidy",
      label: `subsidy:${schemeId}`,
      amountHkd: -amount,
      formula: `−min(${fmt(scheme.coveragePct)}% × HKD ${fmt(remaining, 0)}, ${scheme.capHkd === null ? "no cap" : `cap HKD ${fmt(scheme.capHkd, 0)}`})`,
      figures: ["subsidySchemes"],
    });
    if (scheme.capHkd !== null && raw > scheme.capHkd) notes.push(reason("subsidy.capped", { scheme: schemeId, cap: scheme.capHkd }));
  }

  const totalHkd = Math.max(0, lines.reduce((s, l) => s + l.amountHkd, 0));
  return {
    totalHkd,
    monthlyHkd: totalHkd / months,
    lines,
    effectiveGpuHours,
    neededAcceleratorHours,
    billedAcceleratorHours,
    packagingFactor,
    priceHkdPerAcceleratorHour,
    listPriceHkdPerAcceleratorHour: listPriceHkd,
    commitment,
    override,
    hkdPerEffectiveGpuHour: effectiveGpuHours > 0 ? totalHkd / effectiveGpuHours : Number.POSITIVE_INFINITY,
    notes,
  };
}
