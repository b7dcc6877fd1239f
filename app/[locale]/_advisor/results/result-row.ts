import type { Family, Offer } from "@/lib/catalogue/offer-schema";
import { offerSearchText } from "@/lib/catalogue/search-text";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import { MAX_PINNED } from "@/lib/url-state/table-view";

/** A ranked option as the comparison table holds it: the engine's result plus view state and search text. */
export type ResultRow = RankedOption & {
  pinned: boolean;
  /** True when 4 options are already pinned and this one is not (its pin button is disabled). */
  pinDisabled: boolean;
  /** "Provider name", in the catalogue's wording (sorting by option). */
  optionLabel: string;
  familyLabel: string;
  /**
   * What the free-text filter searches (offerSearchText(), as the catalogue page): provider,
   * offer and place names in every language the data holds, accelerator, family, jurisdiction.
   */
  searchText: string;
};

export const MIN_COMPARED = 2;

export function buildResultRows(
  ranked: readonly RankedOption[],
  pinned: ReadonlySet<string>,
  familyLabel: (f: Family) => string,
  jurisdictionLabel: (code: string) => string,
  /** The catalogue's offer (its names in every language); an unknown id searches the row's own names. */
  offerById: (id: string) => Offer | undefined,
): ResultRow[] {
  const full = pinned.size >= MAX_PINNED;
  return ranked.map((r) => {
    const fam = familyLabel(r.family);
    const isPinned = pinned.has(r.offerId);
    return {
      ...r,
      pinned: isPinned,
      pinDisabled: full && !isPinned,
      optionLabel: `${r.provider} ${r.name}`,
      familyLabel: fam,
      searchText: offerSearchText(offerById(r.offerId) ?? { id: r.offerId, provider: r.provider, name: r.name, location: r.location }, [
        jurisdictionLabel(r.location.jurisdiction),
        r.accelerator.name,
        r.accelerator.model,
        fam,
      ]),
    };
  });
}
