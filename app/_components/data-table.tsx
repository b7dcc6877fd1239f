"use client";

import { flexRender, type ColumnMeta, type Row, type RowData, type Table } from "@tanstack/react-table";
import { Fragment, useId, useRef, type HTMLAttributes, type ReactNode } from "react";
import { TableScrollHint } from "./table-scroll-hint";
import { useScrollOverflow } from "./use-scroll-overflow";

declare module "@tanstack/react-table" {
  // Declaration merging must repeat TanStack's type parameters, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Plain-text column name: the phone card label and the sort button's title. */
    label?: string;
    /** Right-aligned tabular figures. */
    numeric?: boolean;
    /**
     * Stays visible at the left edge while the table scrolls sideways (one column per table:
     * it sticks at offset 0). It carries the edge shadow once columns have scrolled under it.
     */
    sticky?: boolean;
    /** The cell names its row (rendered as <th scope="row">). */
    rowHeader?: boolean;
    /** Phones show rows as cards: false when the cell needs no label of its own there. */
    cardLabel?: boolean;
    /** Extra classes on this column's header and cells. */
    className?: string;
  }
}

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | undefined };

type Props<T> = {
  table: Table<T>;
  caption: ReactNode;
  captionId?: string;
  /** Accessible name of the scrolling region (or the id of the element that names it). */
  regionLabel?: string;
  regionLabelledBy?: string;
  className?: string;
  scrollClassName?: string;
  /** What the body shows when no row passes the filters. */
  empty: ReactNode;
  /** Classes, id and data attributes of a row's <tr> (the "offer-row" class is always there). */
  rowProps?: (row: Row<T>) => RowAttributes;
  /** The expanded row's content, below the row, spanning every column. */
  renderDetail?: (row: Row<T>) => ReactNode;
  detailId?: (row: Row<T>) => string;
  /** Tooltip of a sortable header's button, from the column label. */
  sortTitle?: (label: string) => string;
  /** Render only the first `rowLimit` rows of the row model (all when undefined). */
  rowLimit?: number;
};

/** Design-system classes of a column from its `meta`: col-<id> (phone cards lay out by it), numeric, sticky. */
export function columnClass(id: string, meta: ColumnMeta<unknown, unknown> | undefined): string {
  return [`col-${id}`, meta?.numeric ? "is-numeric" : "", meta?.sticky ? "col-sticky" : "", meta?.className ?? ""]
    .filter(Boolean)
    .join(" ");
}

function SortIcon({ dir }: { dir: false | "asc" | "desc" }) {
  return (
    <svg className="sort-icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      {dir !== "desc" && <path d="M6 1.5 9.5 5h-7z" fill="currentColor" opacity={dir === "asc" ? 1 : 0.6} />}
      {dir !== "asc" && <path d="M6 10.5 2.5 7h7z" fill="currentColor" opacity={dir === "desc" ? 1 : 0.6} />}
    </svg>
  );
}

/**
 * Every table of the app: column definitions plus this component. It reads each column's
 * `meta` (label, numeric, sticky, rowHeader, cardLabel) and renders sortable headers with
 * aria-sort, the empty state, rows (cards on phones, labelled by `meta.label`) and the
 * expanded row's detail. Sorting, filtering and expansion stay in the caller's TanStack table.
 * When the columns are wider than the box, a shadow marks each edge that hides columns and a
 * "scroll for more columns" line with left/right buttons appears above the table (it describes
 * the scroll region to screen readers); it is not there when everything fits, nor on phones.
 */
export function DataTable<T>({
  table,
  caption,
  captionId,
  regionLabel,
  regionLabelledBy,
  className,
  scrollClassName,
  empty,
  rowProps,
  renderDetail,
  detailId,
  sortTitle,
  rowLimit,
}: Props<T>) {
  const allRows = table.getRowModel().rows;
  const rows = rowLimit === undefined ? allRows : allRows.slice(0, rowLimit);
  const columnCount = table.getVisibleLeafColumns().length;
  const baseId = useId();
  const regionId = `${baseId}-region`;
  const hintId = `${baseId}-scroll-hint`;
  const scrollRef = useRef<HTMLDivElement>(null);
  const overflow = useScrollOverflow(scrollRef);
  const overflowing = overflow.start || overflow.end;
  return (
    <div className="table-frame" data-overflow-start={overflow.start ? "" : undefined} data-overflow-end={overflow.end ? "" : undefined}>
      {overflowing ? <TableScrollHint id={hintId} regionId={regionId} overflow={overflow} onScroll={overflow.scrollByPage} /> : null}
      <div className="table-viewport">
        <div
          ref={scrollRef}
          id={regionId}
          className={`table-scroll ${scrollClassName ?? ""}`.trim()}
          role="region"
          aria-label={regionLabel}
          aria-labelledby={regionLabelledBy}
          aria-describedby={overflowing ? hintId : undefined}
          tabIndex={0}
        >
          <table className={`data-table ${className ?? ""}`.trim()}>
            <caption id={captionId} className="visually-hidden">
              {caption}
            </caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const { column } = header;
                    const meta = column.columnDef.meta;
                    const dir = column.getIsSorted();
                    const content = flexRender(column.columnDef.header, header.getContext());
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={columnClass(column.id, meta)}
                        aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : undefined}
                      >
                        {column.getCanSort() ? (
                          <button
                            type="button"
                            className="sort-button"
                            onClick={column.getToggleSortingHandler()}
                            title={sortTitle && meta?.label ? sortTitle(meta.label) : undefined}
                          >
                            {content}
                            <SortIcon dir={dir} />
                          </button>
                        ) : (
                          content
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={columnCount}>{empty}</td>
                </tr>
              )}
              {rows.map((row) => {
                const expanded = row.getIsExpanded();
                const own = rowProps?.(row) ?? {};
                return (
                  <Fragment key={row.id}>
                    <tr {...own} className={["offer-row", expanded ? "is-expanded" : "", own.className ?? ""].filter(Boolean).join(" ")}>
                      {row.getVisibleCells().map((cell) => {
                        const meta = cell.column.columnDef.meta;
                        const cls = columnClass(cell.column.id, meta);
                        const body = flexRender(cell.column.columnDef.cell, cell.getContext());
                        return meta?.rowHeader ? (
                          <th key={cell.id} scope="row" className={cls}>
                            {body}
                          </th>
                        ) : (
                          <td
                            key={cell.id}
                            className={cls}
                            data-column={cell.column.id}
                            data-label={meta?.cardLabel === false ? undefined : meta?.label}
                          >
                            {body}
                          </td>
                        );
                      })}
                    </tr>
                    {expanded && renderDetail ? (
                      <tr className="detail-row" id={detailId?.(row)}>
                        <td colSpan={columnCount}>{renderDetail(row)}</td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
