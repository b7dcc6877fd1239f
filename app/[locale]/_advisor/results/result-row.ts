import type { Family } from "@/lib/catalogue/offer-schema";
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
  /** Lower-cased text the free-text filter searches: provider, name, location, accelerator, family. */
  searchText: string;
};

export const MIN_COMPARED = 2;

export function buildResultRows(
  ranked: readonly RankedOption[],
  pinned: ReadonlySet<string>,
  familyLabel: (f: Family) => string,
  jurisdictionLabel: (code: string) => string,
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
      searchText: [
        r.provider,
        r.name,
        r.location.label,
        jurisdictionLabel(r.location.jurisdiction),
        r.accelerator.name,
        r.accelerator.model,
        fam,
      ]
        .join(" ")
        .toLocaleLowerCase(),
    };
  });
}
