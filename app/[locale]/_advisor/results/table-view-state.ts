import type { ColumnFiltersState, SortingState, VisibilityState } from "@tanstack/react-table";
import type { Family } from "@/lib/catalogue/offer-schema";
import type { Region } from "@/lib/catalogue/region";
import {
  DEFAULT_TABLE_VIEW,
  HIDEABLE_COLUMN_IDS,
  orderAccelerators,
  orderFamilies,
  orderHidden,
  orderRegions,
  RESULT_COLUMN_IDS,
  type ResultColumnId,
  type TableFilters,
  type TableView,
} from "@/lib/url-state/table-view";

/*
 * The results table's sort, filters and column visibility are controlled: they live in the
 * advisor's share state (a TableView) and are handed to TanStack in its own shapes. These
 * functions translate both ways, so a link reproduces the table and a click updates the link.
 */

const isColumnId = (id: string): id is ResultColumnId => (RESULT_COLUMN_IDS as readonly string[]).includes(id);

export function sortingOf(view: TableView): SortingState {
  return [{ id: view.sort.column, desc: view.sort.desc }];
}

/** TanStack's sorting back into the view (one column at a time; an unknown column keeps the default). */
export function withSorting(view: TableView, sorting: SortingState): TableView {
  const first = sorting[0];
  const sort = first && isColumnId(first.id) ? { column: first.id, desc: first.desc } : DEFAULT_TABLE_VIEW.sort;
  return sort.column === view.sort.column && sort.desc === view.sort.desc ? view : { ...view, sort };
}

/**
 * The filters as column filters: the text on the option column, families on theirs, regions and
 * accelerators on their filter-only columns.
 */
export function columnFiltersOf(filters: TableFilters): ColumnFiltersState {
  const out: ColumnFiltersState = [];
  if (filters.text !== "") out.push({ id: "option", value: filters.text });
  if (filters.families.length > 0) out.push({ id: "family", value: filters.families });
  if (filters.regions.length > 0) out.push({ id: "region", value: filters.regions });
  if (filters.accelerators.length > 0) out.push({ id: "accelerator", value: filters.accelerators });
  return out;
}

export function withColumnFilters(view: TableView, columnFilters: ColumnFiltersState): TableView {
  const value = (id: string) => columnFilters.find((f) => f.id === id)?.value;
  const text = value("option");
  const families = value("family");
  const regions = value("region");
  const accelerators = value("accelerator");
  return {
    ...view,
    filters: {
      text: typeof text === "string" ? text : "",
      families: Array.isArray(families) ? orderFamilies(families as Family[]) : [],
      regions: Array.isArray(regions) ? orderRegions(regions as Region[]) : [],
      accelerators: Array.isArray(accelerators) ? orderAccelerators(accelerators as string[]) : [],
    },
  };
}

/** Hidden columns as TanStack visibility; the region and accelerator columns only filter and are never shown. */
export function columnVisibilityOf(view: TableView): VisibilityState {
  const visibility: VisibilityState = { region: false, accelerator: false };
  for (const id of view.hidden) visibility[id] = false;
  return visibility;
}

export function withColumnVisibility(view: TableView, visibility: VisibilityState): TableView {
  return { ...view, hidden: orderHidden(HIDEABLE_COLUMN_IDS.filter((id) => visibility[id] === false)) };
}
