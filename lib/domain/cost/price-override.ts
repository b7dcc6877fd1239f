import type { Offer } from "@/lib/catalogue/offer-schema";
import type { PriceOverride } from "@/lib/needs/needs-schema";

/** The provider of an offer id in the catalogue at hand (undefined for an unknown id). */
export type ProviderOf = (offerId: string) => string | undefined;

/** ProviderOf over a list of offers. */
export function providerLookup(offers: readonly Pick<Offer, "id" | "provider">[]): ProviderOf {
  const byId = new Map(offers.map((o) => [o.id, o.provider]));
  return (id) => byId.get(id);
}

/**
 * The price override that applies to an offer: its own (scope "offer", the default) if there
 * is one, else a provider-wide one (scope "provider") named through any offer of the same
 * provider, else none. The one home of this precedence rule: the cost engine, the demand
 * model and the explanations all read it here. Without `providerOf`, a provider-wide override
 * reaches only the offer that names it.
 */
export function overrideFor(
  overrides: readonly PriceOverride[],
  offer: Pick<Offer, "id" | "provider">,
  providerOf?: ProviderOf,
): PriceOverride | undefined {
  if (overrides.length === 0) return undefined;
  const own = overrides.find((o) => o.offerId === offer.id && (o.scope ?? "offer") === "offer");
  if (own) return own;
  return overrides.find(
    (o) => o.scope === "provider" && (o.offerId === offer.id || (providerOf !== undefined && providerOf(o.offerId) === offer.provider)),
  );
}
