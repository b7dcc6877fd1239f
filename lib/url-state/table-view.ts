import { FAMILIES, REGIONS } from "@/lib/catalogue/catalogue-vocabulary";
import type { Family } from "@/lib/catalogue/offer-schema";
import type { Region } from "@/lib/catalogue/region";
import { FACTORS } from "@/lib/domain/factors";

/*
 * How the results table is shown, as the share link carries it (v3): pinned options, the sort,
 * the filters and the hidden columns. Plain constants and types, without zod, because the
 * browser writes this state; share-state.ts validates it on the server.
 */

/** The results table's columns, in their order (the column definitions build on this list). */
export const RESULT_COLUMN_IDS = ["pin", "rank", "option", "family", "total", "cost", "monthly", "time", ...FACTORS] as const;
export type ResultColumnId = (typeof RESULT_COLUMN_IDS)[number];

/** Columns the picker cannot hide: the row's identity and its pin. */
export const FIXED_COLUMN_IDS = ["pin", "option"] as const satisfies readonly ResultColumnId[];
export type HideableColumnId = Exclude<ResultColumnId, (typeof FIXED_COLUMN_IDS)[number]>;
export const HIDEABLE_COLUMN_IDS = RESULT_COLUMN_IDS.filter(
  (id): id is HideableColumnId => !(FIXED_COLUMN_IDS as readonly string[]).includes(id),
);

/** Most options the compare view shows side by side, and so the most a link can pin. */
export const MAX_PINNED = 4;
/** Longest free-text filter a link carries, in UTF-16 code units (longer than any offer's name). */
export const MAX_SEARCH_TEXT_CHARS = 80;
/**
 * Characters a free-text filter may not hold: angle brackets (no offer name has them, and a
 * link must never carry markup) and control characters.
 */
export const FORBIDDEN_SEARCH_CHARS = /[<>\p{Cc}]/u;

export type TableSort = { column: ResultColumnId; desc: boolean };

export type TableFilters = {
  /** Free text; every whitespace-separated term must occur in a row's names, place or hardware. */
  text: string;
  /** Families shown (all when empty), in FAMILIES order. */
  families: Family[];
  /** Regions shown (all when empty), in REGIONS order. */
  regions: Region[];
  /** Accelerator models shown (all when empty): catalogue accelerator ids, sorted. */
  accelerators: string[];
};

export type TableView = {
  /** Pinned offer ids, in pinning order, unique, at most MAX_PINNED. */
  pins: string[];
  sort: TableSort;
  filters: TableFilters;
  /** Hidden columns, in RESULT_COLUMN_IDS order (every other column is visible). */
  hidden: HideableColumnId[];
};

/** The parts of a table view a link can name wrongly; the advisor's notice names them. */
export const TABLE_VIEW_FIELDS = ["pins", "sort", "text", "families", "regions", "accelerators", "hidden"] as const;
export type TableViewField = (typeof TABLE_VIEW_FIELDS)[number];

/** The table as it first appears: ranked best first, nothing pinned, filtered or hidden. */
export const DEFAULT_TABLE_VIEW: TableView = {
  pins: [],
  sort: { column: "rank", desc: false },
  filters: { text: "", families: [], regions: [], accelerators: [] },
  hidden: [],
};

/** A list in the order of its vocabulary, without repeats (so equal views encode equally). */
export function inVocabularyOrder<T extends string>(vocabulary: readonly T[], items: readonly T[]): T[] {
  return vocabulary.filter((v) => items.includes(v));
}

export const orderFamilies = (families: readonly Family[]) => inVocabularyOrder(FAMILIES, families);
export const orderRegions = (regions: readonly Region[]) => inVocabularyOrder(REGIONS, regions);
export const orderHidden = (hidden: readonly HideableColumnId[]) => inVocabularyOrder(HIDEABLE_COLUMN_IDS, hidden);
/** Accelerator ids are the catalogue's, not a closed list: sorted by code unit, the same on server and browser. */
export const orderAccelerators = (ids: readonly string[]) => [...new Set(ids)].sort();
