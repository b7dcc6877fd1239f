import type { Offer } from "@/lib/catalogue/offer-schema";
import type { PriceOverride } from "@/lib/needs/needs-schema";

/** The provider of an offer id in the catalogue at hand (undefined for an unknown id). */
export type ProviderOf = (offerId: string) => string | undefined;

// The lookup depends only on the offer list (the catalogue's, in every caller): built once per
// list, not once per request (recommend() and the demand costing ask for it on every call).
const lookups = new WeakMap<readonly Pick<Offer, "id" | "provider">[], ProviderOf>();

/** ProviderOf over a list of offers (the list is read once; do not mutate it afterwards). */
export function providerLookup(offers: readonly Pick<Offer, "id" | "provider">[]): ProviderOf {
  let lookup = lookups.get(offers);
  if (!lookup) {
    const byId = new Map(offers.map((o) => [o.id, o.provider]));
    lookup = (id) => byId.get(id);
    lookups.set(offers, lookup);
  }
  return lookup;
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
