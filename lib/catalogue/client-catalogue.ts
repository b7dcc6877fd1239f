import type { Offer } from "./offer-schema";
import type { Catalogue } from "./parse-catalogue";

/**
 * The catalogue as a client island receives it (serialised into the page): the same
 * validated data minus the free-text offer notes that only the catalogue page's details
 * show (`notes`, `minimumPurchase.note`, `eligibility.note`). Source notes stay: expanded
 * rows and the explanation show them. Pure; the fields dropped are optional in `Offer`.
 */
export function clientCatalogue(catalogue: Catalogue): Catalogue {
  return { ...catalogue, offers: catalogue.offers.map(withoutNotes) };
}

function withoutNotes(offer: Offer): Offer {
  // Rest destructuring drops the keys (not `undefined` values, which would still be serialised).
  const { notes: _notes, minimumPurchase, eligibility, ...rest } = offer;
  const { note: _purchaseNote, ...purchase } = minimumPurchase;
  const { note: _eligibilityNote, ...eligible } = eligibility;
  return { ...rest, minimumPurchase: purchase, eligibility: eligible };
}
