import type { Offer } from "./offer-schema";

/**
 * Catalogue search, whatever the page's language: an offer is found by its English, Traditional
 * (zh-HK) and Simplified (zh-CN) provider, offer and place names alike, so "東京", "东京" and
 * "Tokyo" find the same rows on every page. Pure (no React, no next-intl), so it is unit-tested
 * on its own and the table only calls it.
 */

/** Folds case and width (full-width "Ｈ１００" = "H100", NFKC) so the two sides compare alike. */
export function normaliseSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Separates the fields of a haystack, so a term never matches across two of them. */
const FIELD_SEPARATOR = " \u0000 ";

/**
 * One offer's search haystack: its id, its own (English) provider / name / location and the
 * local names of every locale the data holds, plus any `extra` text the caller adds
 * (accelerator, localised family / jurisdiction labels …), normalised by normaliseSearch().
 */
export function offerSearchText(
  offer: Pick<Offer, "id" | "provider" | "name" | "location"> & Partial<Pick<Offer, "i18n">>,
  extra: readonly string[] = [],
): string {
  const local = Object.values(offer.i18n ?? {}).flatMap((n) => (n ? [n.provider, n.name, n.location] : []));
  const fields = [offer.id, offer.provider, offer.name, offer.location.label, ...local, ...extra].filter((s) => s !== "");
  return normaliseSearch([...new Set(fields)].join(FIELD_SEPARATOR));
}

/**
 * The query's terms: normalised, split on white space and list punctuation (",", "、", "，", "；"),
 * so "東京、H100" asks for both. Empty for a blank query.
 */
export function searchTerms(query: string): string[] {
  return normaliseSearch(query)
    .split(/[\s,，、;；]+/u)
    .filter((t) => t !== "");
}

/** Whether a haystack from offerSearchText() holds every term of `query` (a blank query matches all). */
export function matchesSearch(haystack: string, query: string): boolean {
  return searchTerms(query).every((term) => haystack.includes(term));
}
