import type { Offer, Source } from "./offer-schema";
import type { Catalogue } from "./parse-catalogue";

/**
 * The catalogue as a client island receives it (serialised into the page): the same
 * validated data minus the free text a reader only needs once a detail is open — the
 * offers' own notes (`notes`, `minimumPurchase.note`, `eligibility.note`) and every offer
 * source's `note` (why a third-party page is used, how an estimate was made). Those were
 * half of the page's server data; a detail fetches them from
 * GET /api/catalogue/offers/{id}/evidence (lib/catalogue/offer-evidence.ts) and puts them
 * back with `withEvidence`. Everything the engine reads stays (each source's url, basis,
 * dates and covered figures; ranges). Pure; the fields dropped are optional in `Offer`.
 */
export function clientCatalogue(catalogue: Catalogue): Catalogue {
  return { ...catalogue, offers: catalogue.offers.map(leanOffer) };
}

/** One offer without its free-text notes and source notes (keys absent, not `undefined`). */
export function leanOffer(offer: Offer): Offer {
  // Rest destructuring drops the keys (not `undefined` values, which would still be serialised).
  const { notes: _notes, minimumPurchase, eligibility, sources, ...rest } = offer;
  const { note: _purchaseNote, ...purchase } = minimumPurchase;
  const { note: _eligibilityNote, ...eligible } = eligibility;
  return { ...rest, minimumPurchase: purchase, eligibility: eligible, sources: sources.map(leanSource) };
}

function leanSource(source: Source): Source {
  const { note: _note, ...rest } = source;
  return rest;
}

/**
 * The free text `leanOffer` leaves out of one offer: what the evidence route answers
 * (lib/catalogue/offer-evidence.ts holds its schema). `sources` are the offer's sources in
 * catalogue order, notes included.
 */
export type OfferEvidence = {
  offerId: string;
  catalogueVersion: string;
  notes?: string;
  minimumPurchaseNote?: string;
  eligibilityNote?: string;
  sources: Source[];
};

/** The evidence route's path for one offer (the one place that spells it). */
export function offerEvidencePath(offerId: string): string {
  return `/api/catalogue/offers/${encodeURIComponent(offerId)}/evidence`;
}

/** The evidence of one offer of the server's catalogue. Pure. */
export function offerEvidence(offer: Offer, catalogueVersion: string): OfferEvidence {
  return {
    offerId: offer.id,
    catalogueVersion,
    ...(offer.notes !== undefined ? { notes: offer.notes } : {}),
    ...(offer.minimumPurchase.note !== undefined ? { minimumPurchaseNote: offer.minimumPurchase.note } : {}),
    ...(offer.eligibility.note !== undefined ? { eligibilityNote: offer.eligibility.note } : {}),
    sources: offer.sources,
  };
}

/**
 * A lean offer with its evidence put back: the notes, and each source's note. Sources keep
 * their catalogue order in both (localising renames offers, never sources), so they pair by
 * position; a pair whose url, basis or as-of date differ (evidence from another catalogue
 * version) leaves the source as it was. Pure; `offer` is not changed.
 */
export function withEvidence(offer: Offer, evidence: OfferEvidence): Offer {
  const same = (a: Source, b: Source | undefined) => b !== undefined && a.url === b.url && a.basis === b.basis && a.asOf === b.asOf;
  return {
    ...offer,
    ...(evidence.notes !== undefined ? { notes: evidence.notes } : {}),
    minimumPurchase: { ...offer.minimumPurchase, ...(evidence.minimumPurchaseNote !== undefined ? { note: evidence.minimumPurchaseNote } : {}) },
    eligibility: { ...offer.eligibility, ...(evidence.eligibilityNote !== undefined ? { note: evidence.eligibilityNote } : {}) },
    sources: offer.sources.map((s, i) => {
      const full = evidence.sources[i];
      return same(s, full) && full?.note !== undefined ? { ...s, note: full.note } : s;
    }),
  };
}
