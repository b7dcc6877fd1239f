import { getCoreRowModel, getExpandedRowModel, getFilteredRowModel, getSortedRowModel, type RowData } from "@tanstack/react-table";

/**
 * The TanStack row models every DataTable works with: rows that sort (header buttons), filter
 * (toolbars, search) and expand into a detail row. Spread into `useReactTable({...})` next to
 * the table's own data, columns and state, so each table differs only in what is its own.
 */
export function dataTableModels<T extends RowData>() {
  return {
    getRowCanExpand: () => true,
    getCoreRowModel: getCoreRowModel<T>(),
    getFilteredRowModel: getFilteredRowModel<T>(),
    getSortedRowModel: getSortedRowModel<T>(),
    getExpandedRowModel: getExpandedRowModel<T>(),
  };
}
