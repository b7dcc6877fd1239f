import type { Family, Jurisdiction } from "@/lib/catalogue/offer-schema";
import type { Region } from "@/lib/catalogue/region";

/** Columns the catalogue can be sorted by (also the `sort` URL values). */
export const SORTABLE_COLUMNS = ["offer", "family", "location", "accelerator", "price", "application", "leadTime", "asOf"] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

/**
 * The catalogue browser's view state, kept in the URL so a filtered view can be shared and
 * survives the language switcher: ?family=cloud&accelerator=nvidia-h100-sxm&jurisdiction=HK
 * &region=overseas&q=tokyo&sort=-price&offer=<id> ("-" = descending; `offer` opens that row's details).
 * Read on the server by parse-catalogue-query.ts; this module stays free of zod because the
 * browser imports it (to write the URL).
 */
export type CatalogueQuery = {
  family: Family | null;
  accelerator: string | null;
  jurisdiction: Jurisdiction | null;
  region: Region | null;
  q: string;
  sort: { id: SortableColumn; desc: boolean } | null;
  offer: string | null;
};

export const EMPTY_QUERY: CatalogueQuery = {
  family: null,
  accelerator: null,
  jurisdiction: null,
  region: null,
  q: "",
  sort: null,
  offer: null,
};

const KEYS = ["family", "accelerator", "jurisdiction", "region", "q", "sort", "offer"] as const;
/** Writes the view state into a copy of `current`, keeping any parameters it does not own. */
export function writeCatalogueQuery(current: URLSearchParams, query: CatalogueQuery): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const k of KEYS) next.delete(k);
  if (query.family) next.set("family", query.family);
  if (query.accelerator) next.set("accelerator", query.accelerator);
  if (query.jurisdiction) next.set("jurisdiction", query.jurisdiction);
  if (query.region) next.set("region", query.region);
  if (query.q.trim() !== "") next.set("q", query.q);
  if (query.sort) next.set("sort", `${query.sort.desc ? "-" : ""}${query.sort.id}`);
  if (query.offer) next.set("offer", query.offer);
  return next;
}

/** True when any filter (not sort / open row) narrows the list. */
export function hasActiveFilters(query: CatalogueQuery): boolean {
  return (
    query.family !== null || query.accelerator !== null || query.jurisdiction !== null || query.region !== null || query.q.trim() !== ""
  );
}
