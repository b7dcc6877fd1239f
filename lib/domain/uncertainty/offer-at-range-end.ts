import { RANGE_PATHS } from "@/lib/catalogue/catalogue-vocabulary";
import type { Offer, RangePath } from "@/lib/catalogue/offer-schema";

/** Which end of its ranges an offer is put at: good for the offer (cheap, quick, roomy) or bad. */
export type RangeEnd = "favourable" | "unfavourable";

/** For each rangeable figure, whether its LOW end is the favourable one (costs, waits) or its high end (capacity). */
export const LOW_IS_FAVOURABLE: Record<RangePath, boolean> = {
  "price.perAcceleratorHour": true,
  "storage.pricePerTbMonth": true,
  "egress.pricePerTb": true,
  leadTimeDays: true,
  queueWaitDays: true,
  maxAccelerators: false,
};

function endValue(offer: Offer, path: RangePath, end: RangeEnd): number | undefined {
  const r = offer.ranges?.[path];
  if (!r) return undefined;
  return (end === "favourable") === LOW_IS_FAVOURABLE[path] ? r.low : r.high;
}

/**
 * The offer with its ranged figures (all of them, or only `only`) at one end of their ranges.
 * Figures without a range (vendor figures) keep their value. Pure: returns a new offer.
 */
export function offerAtRangeEnd(offer: Offer, end: RangeEnd, only?: RangePath): Offer {
  const at = (path: RangePath, value: number) => (only !== undefined && only !== path ? value : (endValue(offer, path, end) ?? value));
  return {
    ...offer,
    price: { ...offer.price, perAcceleratorHour: at("price.perAcceleratorHour", offer.price.perAcceleratorHour) },
    storage: { ...offer.storage, pricePerTbMonth: at("storage.pricePerTbMonth", offer.storage.pricePerTbMonth) },
    egress: { ...offer.egress, pricePerTb: at("egress.pricePerTb", offer.egress.pricePerTb) },
    leadTimeDays: at("leadTimeDays", offer.leadTimeDays),
    queueWaitDays: at("queueWaitDays", offer.queueWaitDays),
    maxAccelerators: Math.round(at("maxAccelerators", offer.maxAccelerators)),
  };
}

/** The range paths an offer actually carries, in a fixed order. */
export function rangedPaths(offer: Offer): RangePath[] {
  return RANGE_PATHS.filter((p) => offer.ranges?.[p] !== undefined);
}
