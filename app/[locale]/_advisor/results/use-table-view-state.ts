import { functionalUpdate, type ColumnFiltersState, type OnChangeFn, type SortingState, type VisibilityState } from "@tanstack/react-table";
import { useCallback, useMemo, type Dispatch, type SetStateAction } from "react";
import type { TableView } from "@/lib/url-state/table-view";
import { columnFiltersOf, columnVisibilityOf, sortingOf, withColumnFilters, withColumnVisibility, withSorting } from "./table-view-state";

/**
 * The results table's sort, filters and column visibility as TanStack state and change handlers,
 * controlled by the share link's TableView: each TanStack updater is applied to the view's
 * current value, then written back into the view (table-view-state.ts translates both ways).
 */
export function useTableViewState(tableView: TableView, onTableViewChange: Dispatch<SetStateAction<TableView>>) {
  const sorting = useMemo(() => sortingOf(tableView), [tableView]);
  const columnFilters = useMemo(() => columnFiltersOf(tableView.filters), [tableView.filters]);
  const columnVisibility = useMemo(() => columnVisibilityOf(tableView), [tableView]);
  const onSortingChange: OnChangeFn<SortingState> = useCallback(
    (u) => onTableViewChange((v) => withSorting(v, functionalUpdate(u, sortingOf(v)))),
    [onTableViewChange],
  );
  const onColumnFiltersChange: OnChangeFn<ColumnFiltersState> = useCallback(
    (u) => onTableViewChange((v) => withColumnFilters(v, functionalUpdate(u, columnFiltersOf(v.filters)))),
    [onTableViewChange],
  );
  const onColumnVisibilityChange: OnChangeFn<VisibilityState> = useCallback(
    (u) => onTableViewChange((v) => withColumnVisibility(v, functionalUpdate(u, columnVisibilityOf(v)))),
    [onTableViewChange],
  );
  return { sorting, columnFilters, columnVisibility, onSortingChange, onColumnFiltersChange, onColumnVisibilityChange };
}
