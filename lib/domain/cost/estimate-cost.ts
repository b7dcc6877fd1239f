import type { Accelerator, Currency, FxFile, Offer, SubsidyScheme } from "@/lib/catalogue/offer-schema";
import type { Needs } from "@/lib/needs/needs-schema";
import { monthsCoveredUntil } from "../calendar";
import { organisationQualifies } from "../eligibility";
import { reason, type Reason } from "../reason";
import { hkdRate } from "./hkd-rate";
import { listPriceHkdPerHour } from "./list-price";
import { overrideFor, type ProviderOf } from "./price-override";

export const HOURS_PER_MONTH = 730; // 8,760 h / 12, the convention cloud price pages use.

export type CostLineKind = "compute" | "storage" | "egress" | "fee" | "subsidy";

/**
 * The unit of a compute hour. An accelerator offer bills accelerator-hours (GPU / NPU
 * card-hours); a CPU-node offer bills node-hours. The public API's `gpuHoursPerMonth` and the
 * catalogue's `perAcceleratorHour` / `minimumPurchase.acceleratorHours` keep their names, and
 * mean node-hours for a CPU-node offer (docs/method.md §2).
 */
export type HourUnit = "accelerator-hour" | "node-hour";

/** What a cost line's quantity counts. "hkd" = an amount of HKD (the base a subsidy applies to). */
export type CostUnit = HourUnit | "tb-month" | "tb" | "month" | "once" | "hkd";

/** One multiplier (or limit) that turns quantity × unit price into the line's amount. */
export type CostAdjustment =
  | { kind: "negotiated-discount"; pct: number }
  | { kind: "quoted-price" }
  | { kind: "commitment"; name: string; pct: number }
  | { kind: "free-allowance"; tbPerMonth: number }
  | { kind: "subsidy-share"; share: number }
  | { kind: "subsidised-months"; months: number; ofMonths: number; endsOn: string }
  | { kind: "cap"; capHkd: number };

/**
 * One line of the cost, as structured terms (no prose):
 *   amountHkd = quantity × unitPrice × hkdPerUnit × (factor ?? 1), limited by a "cap" adjustment.
 * A subsidy line has quantity = the HKD base it applies to, unitPrice 1, currency HKD and a
 * negative factor (−share); its amount is negative.
 */
export type CostLine = {
  kind: CostLineKind;
  /** Stable key: "compute", "storage", "egress", "fee:<fee name>", "subsidy:<scheme id>". */
  label: string;
  quantity: number;
  unit: CostUnit;
  /** Price per unit in `currency` (for a compute line: the list price, or the quote when quoted). */
  unitPrice: number;
  currency: Currency;
  /** HKD per one unit of `currency` (FX from data/fx-rates.json; 1 for HKD). */
  hkdPerUnit: number;
  /** Product of the multiplicative adjustments; absent when 1. */
  factor?: number;
  adjustments: CostAdjustment[];
  amountHkd: number;
  /** Offer figure paths this line relies on (to look up their sources). */
  figures: string[];
};

export type CostEstimate = {
  totalHkd: number;
  monthlyHkd: number;
  lines: CostLine[];
  /** The unit of every "hours" field below: accelerator-hours, or node-hours for a CPU-node offer. */
  hourUnit: HourUnit;
  /** Effective hours (of the reference accelerator, or reference CPU node) needed over the whole duration. */
  effectiveHours: number;
  /** Hours on this offer before packaging / minimum purchase (node-hours for a CPU-node offer). */
  neededHours: number;
  /** Hours billed after node packaging and minimum purchase (node-hours for a CPU-node offer). */
  billedHours: number;
  packagingFactor: number;
  /** Compute price per billed hour actually used, HKD, after overrides and commitment. */
  priceHkdPerHour: number;
  /** List price per billed hour, HKD (list-price.ts). */
  listPriceHkdPerHour: number;
  commitment: { name: string; discountPct: number } | null;
  override: { kind: "discount"; discountPct: number } | { kind: "quote"; priceHkd: number } | null;
  /** All-in cost per effective hour, the price factor's input. */
  hkdPerEffectiveHour: number;
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
  /**
   * First day of the project on this offer (YYYY-MM-DD): the reference date plus the lead
   * time. A scheme with `endsOn` pays only for whole project months that end by then.
   */
  projectStart: string;
  /** Offer id → provider, so a provider-wide price override reaches every offer of its provider. */
  providerOf?: ProviderOf;
};

const product = (xs: readonly number[]) => xs.reduce((p, x) => p * x, 1);

/** The share (0–1) of the eligible base a scheme pays for these needs: the user's setting or the scheme's default. */
export function subsidyShare(scheme: SubsidyScheme, needs: Pick<Needs, "subsidyShares">): number {
  return needs.subsidyShares[scheme.id] ?? scheme.coveragePct / 100;
}

/**
 * Estimated cost of meeting `needs` on `offer`, in HKD, as line items (docs/method.md §2):
 *
 *   E   = hoursPerMonth × months × rel(measuredOn)          effective hours
 *   A   = E / rel(offer)                                     hours needed here
 *   p   = ceil(peak / perNode) × perNode / peak   (whole-node offers, else 1)   packaging
 *   B   = max(A × p, minimum purchase)                       billed hours
 *   P   = list price × FX, or quote × FX, or list × (1 − negotiated %)
 *   compute = B × P × (1 − commitment %)   best commitment with term ≤ months (not on a quote)
 *   storage = TB × price/TB-month × FX × months
 *   egress  = max(0, TB/month − free) × months × price/TB × FX
 *   fees    = one-off + per-month × months (× FX)
 *   subsidy = −min(share × (eligible base × subsidised months / months − earlier subsidies), cap)
 *             for each scheme the firm expects, the offer lists, the organisation qualifies for,
 *             and, for a city's voucher, that sits in that city (so two cities' vouchers never stack)
 *   total   = max(0, Σ lines)
 *
 * Pure; monotone: more hours or a higher price never lowers the total.
 */
export function estimateCost(offer: Offer, needs: Needs, ctx: CostContext): CostEstimate {
  const months = needs.durationMonths;
  const rate = hkdRate(offer.price.currency, ctx.fx);
  const notes: Reason[] = [];
  const lines: CostLine[] = [];
  const hourUnit: HourUnit = ctx.accelerator.kind === "cpu-node" ? "node-hour" : "accelerator-hour";
  const currency = offer.price.currency;

  const effectiveHours = needs.gpuHoursPerMonth * months * ctx.measuredOnThroughput;
  const neededHours = ctx.offerThroughput > 0 ? effectiveHours / ctx.offerThroughput : Number.POSITIVE_INFINITY;
  const perNode = offer.accelerator.perNode;
  const packagingFactor = offer.accelerator.allocation === "node" ? (Math.ceil(needs.peakGpus / perNode) * perNode) / needs.peakGpus : 1;
  if (packagingFactor > 1) {
    notes.push(reason("cost.packaging", { peak: needs.peakGpus, perNode, factor: Number(packagingFactor.toFixed(3)) }));
  }
  let billedHours = neededHours * packagingFactor;
  if (offer.minimumPurchase.acceleratorHours > billedHours) {
    notes.push(reason("cost.minimum-purchase", { minimum: offer.minimumPurchase.acceleratorHours, needed: Math.round(billedHours) }));
    billedHours = offer.minimumPurchase.acceleratorHours;
  }

  const listPriceHkd = listPriceHkdPerHour(offer, ctx.fx);
  let unitPrice = offer.price.perAcceleratorHour;
  let unitCurrency: Currency = currency;
  let unitRate = rate;
  const computeAdjustments: CostAdjustment[] = [];
  let override: CostEstimate["override"] = null;
  const ov = overrideFor(needs.priceOverrides, offer, ctx.providerOf);
  if (ov?.quotedPricePerAcceleratorHour !== undefined) {
    unitPrice = ov.quotedPricePerAcceleratorHour;
    unitCurrency = ov.currency;
    unitRate = hkdRate(ov.currency, ctx.fx);
    override = { kind: "quote", priceHkd: unitPrice * unitRate };
    computeAdjustments.push({ kind: "quoted-price" });
  } else if (ov?.discountPct !== undefined) {
    override = { kind: "discount", discountPct: ov.discountPct };
    computeAdjustments.push({ kind: "negotiated-discount", pct: ov.discountPct });
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
  if (commitment) computeAdjustments.push({ kind: "commitment", name: commitment.name, pct: commitment.discountPct });
  const computeFactor = product([
    override?.kind === "discount" ? 1 - override.discountPct / 100 : 1,
    1 - (commitment?.discountPct ?? 0) / 100,
  ]);
  const priceHkdPerHour = unitPrice * unitRate * computeFactor;
  const compute = billedHours * priceHkdPerHour;
  lines.push({
    kind: "compute",
    label: "compute",
    quantity: billedHours,
    unit: hourUnit,
    unitPrice,
    currency: unitCurrency,
    hkdPerUnit: unitRate,
    ...(computeFactor !== 1 ? { factor: computeFactor } : {}),
    adjustments: computeAdjustments,
    amountHkd: compute,
    figures: [
      "price.perAcceleratorHour",
      "accelerator.model",
      ...(commitment ? ["commitments"] : []),
      ...(packagingFactor > 1 ? ["accelerator.perNode"] : []),
      ...(offer.minimumPurchase.acceleratorHours > 0 ? ["minimumPurchase"] : []),
    ],
  });

  if (needs.storageTb > 0) {
    lines.push({
      kind: "storage",
      label: "storage",
      quantity: needs.storageTb * months,
      unit: "tb-month",
      unitPrice: offer.storage.pricePerTbMonth,
      currency,
      hkdPerUnit: rate,
      adjustments: [],
      amountHkd: needs.storageTb * months * offer.storage.pricePerTbMonth * rate,
      figures: ["storage.pricePerTbMonth"],
    });
  }
  if (needs.egressTbPerMonth > 0) {
    const chargeableTb = Math.max(0, needs.egressTbPerMonth - offer.egress.freeTbPerMonth) * months;
    lines.push({
      kind: "egress",
      label: "egress",
      quantity: chargeableTb,
      unit: "tb",
      unitPrice: offer.egress.pricePerTb,
      currency,
      hkdPerUnit: rate,
      adjustments: offer.egress.freeTbPerMonth > 0 ? [{ kind: "free-allowance", tbPerMonth: offer.egress.freeTbPerMonth }] : [],
      amountHkd: chargeableTb * offer.egress.pricePerTb * rate,
      figures: ["egress.pricePerTb"],
    });
  }
  for (const fee of offer.fees) {
    const quantity = fee.unit === "one-off" ? 1 : months;
    lines.push({
      kind: "fee",
      label: `fee:${fee.name}`,
      quantity,
      unit: fee.unit === "one-off" ? "once" : "month",
      unitPrice: fee.amount,
      currency,
      hkdPerUnit: rate,
      adjustments: [],
      amountHkd: quantity * fee.amount * rate,
      figures: ["fees"],
    });
  }

  const subtotal = lines.reduce((s, l) => s + l.amountHkd, 0);
  const place = { country: offer.location.country, jurisdiction: offer.location.jurisdiction };
  // Several schemes never pay more than the base together: each applies to what earlier ones left.
  let alreadySubsidised = 0;
  for (const schemeId of needs.subsidies) {
    const scheme = ctx.subsidies.find((s) => s.id === schemeId);
    if (!scheme) continue;
    if (!offer.subsidySchemes.includes(schemeId)) {
      notes.push(reason("subsidy.not-applicable", { scheme: schemeId }));
      continue;
    }
    // A city's voucher pays only for compute in that city; as an offer sits in one city, two
    // cities' vouchers can never stack on it.
    const city = scheme.city ?? null;
    if (city !== null && offer.location.city !== city) {
      notes.push(reason("subsidy.wrong-city", { scheme: schemeId, city, offerCity: offer.location.city ?? "" }));
      continue;
    }
    if (!organisationQualifies(scheme.eligibleOrganisations, needs.organisation, place)) {
      notes.push(reason("subsidy.not-eligible", { scheme: schemeId }));
      continue;
    }
    const fullBase =
      scheme.appliesTo === "compute"
        ? compute
        : scheme.appliesTo === "compute-and-storage"
          ? compute + lines.filter((l) => l.kind === "storage").reduce((s, l) => s + l.amountHkd, 0)
          : subtotal;
    const adjustments: CostAdjustment[] = [];
    let base = fullBase;
    if (scheme.endsOn !== undefined) {
      // Charges spread evenly over the months; months after the scheme ends are at list price.
      const covered = monthsCoveredUntil(ctx.projectStart, scheme.endsOn, months);
      if (covered < months) {
        notes.push(
          reason("subsidy.ends", {
            scheme: schemeId,
            endsOn: scheme.endsOn,
            monthsSubsidised: covered,
            monthsAtListPrice: months - covered,
          }),
        );
        adjustments.push({ kind: "subsidised-months", months: covered, ofMonths: months, endsOn: scheme.endsOn });
        base = (fullBase * covered) / months;
      }
    }
    const share = subsidyShare(scheme, needs);
    adjustments.push({ kind: "subsidy-share", share });
    const remaining = Math.max(0, base - alreadySubsidised);
    const raw = share * remaining;
    const amount = scheme.capHkd === null ? raw : Math.min(raw, scheme.capHkd);
    if (scheme.capHkd !== null && raw > scheme.capHkd) {
      adjustments.push({ kind: "cap", capHkd: scheme.capHkd });
      notes.push(reason("subsidy.capped", { scheme: schemeId, cap: scheme.capHkd }));
    }
    alreadySubsidised += amount;
    lines.push({
      kind: "subsidy",
      label: `subsidy:${schemeId}`,
      quantity: remaining,
      unit: "hkd",
      unitPrice: 1,
      currency: "HKD",
      hkdPerUnit: 1,
      factor: -share,
      adjustments,
      amountHkd: -amount,
      figures: ["subsidySchemes"],
    });
  }

  const totalHkd = Math.max(
    0,
    lines.reduce((s, l) => s + l.amountHkd, 0),
  );
  return {
    totalHkd,
    monthlyHkd: totalHkd / months,
    lines,
    hourUnit,
    effectiveHours,
    neededHours,
    billedHours,
    packagingFactor,
    priceHkdPerHour,
    listPriceHkdPerHour: listPriceHkd,
    commitment,
    override,
    hkdPerEffectiveHour: effectiveHours > 0 ? totalHkd / effectiveHours : Number.POSITIVE_INFINITY,
    notes,
  };
}
