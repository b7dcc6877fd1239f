import type { FxFile, Offer } from "@/lib/catalogue/offer-schema";
import { hkdRate } from "./hkd-rate";

/**
 * An offer's list price in HKD per billed hour (accelerator-hour; node-hour for a CPU-node
 * offer): the catalogue price × the dated FX rate. The one home of this conversion — the
 * engine's cost, the price-override field and the catalogue table all read it from here.
 */
export function listPriceHkdPerHour(offer: Pick<Offer, "price">, fx: FxFile): number {
  return offer.price.perAcceleratorHour * hkdRate(offer.price.currency, fx);
}
