import type { Offer } from "@/lib/catalogue/offer-schema";
import type { PriceOverride } from "@/lib/needs/needs-schema";

/**
 * The price override that applies to an offer: its own (by offer id) if there is one, else its
 * provider's (a quote covering every offer of that provider), else none. The one home of this
 * precedence rule: the cost engine, the demand model and the explanations all read it here.
 */
export function overrideFor(overrides: readonly PriceOverride[], offer: Pick<Offer, "id" | "provider">): PriceOverride | undefined {
  if (overrides.length === 0) return undefined;
  return overrides.find((o) => o.offerId === offer.id) ?? overrides.find((o) => o.offerId === undefined && o.provider === offer.provider);
}
