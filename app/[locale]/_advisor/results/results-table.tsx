"use client";

import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type ExpandedState,
  type Header,
  type SortingState,
  type VisibilityState,
} from "@tanstack/react-table";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Fragment, useCallback, useId, useMemo, useState, type ReactNode } from "react";
import { FAMILIES } from "@/lib/catalogue/catalogue-vocabulary";
import type { Family } from "@/lib/catalogue/offer-schema";
import { FACTORS, type Factor, type Weights } from "@/lib/domain/weights/weight-presets";
import { FORMAT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { NUMERIC_COLUMNS, resultsColumns, type ColumnId } from "./results-columns";
import type { ResultRow } from "./result-row";
import styles from "./results.module.css";
import { TableToolbar } from "./table-toolbar";
import type { ResultFormat } from "./use-result-format";
import type { ResultLabels } from "./use-result-labels";
import { REGIONS } from "@/lib/catalogue/catalogue-vocabulary";
import type { Region } from "@/lib/catalogue/region";

type Props = {
  rows: ResultRow[];
  weights: Weights;
  locale: Locale;
  method: "weighted-sum" | "topsis";
  format: ResultFormat;
  labels: ResultLabels;
  onTogglePin: (offerId: string) => void;
  onExplain: (offerId: string) => void;
};

const FACTOR_SET: ReadonlySet<string> = new Set<string>(FACTORS);

// Rows start collapsed, so the details (and their sources list) load on the first expand.
const RowDetails = dynamic(() => import("./row-details").then((m) => m.RowDetails), { ssr: false });

/** Design-system classes per column: col-<id> (phones lay rows out as cards by these), numeric, sticky option. */
function cellClass(id: string): string {
  return [
    `col-${id}`,
    NUMERIC_COLUMNS.has(id) ? "is-numeric" : "",
    id === "option" ? "col-sticky col-offer" : "",
    id === "pin" ? styles.pinCol : "",
    FACTOR_SET.has(id) ? styles.factorCol : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** Cells that carry their own label on phone cards (the others show it in their content). */
const UNLABELLED_ON_CARDS: ReadonlySet<string> = new Set(["option", "family", "pin"]);

function SortIcon({ dir }: { dir: false | "asc" | "desc" }) {
  return (
    <svg className="sort-icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      {dir !== "desc" && <path d="M6 1.5 9.5 5h-7z" fill="currentColor" opacity={dir === "asc" ? 1 : 0.6} />}
      {dir !== "asc" && <path d="M6 10.5 2.5 7h7z" fill="currentColor" opacity={dir === "desc" ? 1 : 0.6} />}
    </svg>
  );
}

/**
 * The ranked options as a TanStack v8 table: every column sorts (button in the header,
 * aria-sort on the sorted one), rows filter by family and free text, columns can be hidden,
 * each row expands into its cost, reasons and sources, and a pin toggle feeds the compare view.
 * Columns are generated once per locale/method (memoised), so dragging a weight only swaps data.
 */
export function ResultsTable({ rows, weights, locale, method, format, labels, onTogglePin, onExplain }: Props) {
  const t = useTranslations("results");
  const tl = useTranslations("labels");
  const baseId = useId();
  const captionId = `${baseId}-caption`;
  const detailId = useCallback((offerId: string) => `${baseId}-detail-${offerId}`, [baseId]);

  const [sorting, setSorting] = useState<SortingState>([{ id: "rank", desc: false }]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>({ region: false });
  const [expanded, setExpanded] = useState<ExpandedState>({});

  const columnLabel = useCallback(
    (id: ColumnId) => {
      if (FACTOR_SET.has(id)) return t(`factor.${id as Factor}`);
      if (id === "total") return t(`columns.total.${method}`);
      return t(`columns.${id as Exclude<ColumnId, Factor | "total">}`);
    },
    [t, method],
  );
  const familyName = useCallback((f: Family) => tl(`family.${f}`), [tl]);
  const familyShort = useCallback((f: Family) => t(`familyShort.${f}`), [t]);

  const columns = useMemo(
    () =>
      resultsColumns({
        label: columnLabel,
        format,
        labels,
        collator: new Intl.Collator(FORMAT_LOCALE[locale], { sensitivity: "base", numeric: true }),
        pinLabel: (r) => t("pin.label", { name: r.optionLabel }),
        pinFullHint: t("pin.full"),
        expandHint: t("details.toggle"),
        onTogglePin,
        detailId,
        familyName,
        familyShort,
        rangeText: {
          rank: (r) => t("rankRange", r),
          rankTitle: (r) => t("rankRangeTitle", r),
          cost: (r) => t("costRange", { low: format.money(r.low, { compact: true }), high: format.money(r.high, { compact: true }) }),
          costTitle: t("costRangeTitle"),
        },
      }),
    [columnLabel, format, labels, locale, t, onTogglePin, detailId, familyName, familyShort],
  );

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnFilters, columnVisibility, expanded },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: setColumnVisibility,
    onExpandedChange: setExpanded,
    getRowId: (r) => r.offerId,
    getRowCanExpand: () => true,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    // Two states per column (no "unsorted" third click); ties keep the engine's rank order.
    enableSortingRemoval: false,
    enableMultiSort: false,
    autoResetExpanded: false,
  });

  const regionCounts = useMemo(() => {
    const counts = Object.fromEntries(REGIONS.map((r) => [r, 0])) as Record<Region, number>;
    for (const r of rows) counts[r.region] += 1;
    return counts;
  }, [rows]);

  const familyCounts = useMemo(() => {
    const counts = Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number>;
    for (const r of rows) counts[r.family] += 1;
    return counts;
  }, [rows]);

  const visibleRows = table.getRowModel().rows;
  const visibleColumnCount = table.getVisibleLeafColumns().length;
  const sorted = sorting[0];
  const filtered = columnFilters.length > 0;

  const renderHeader = (header: Header<ResultRow, unknown>) => {
    const column = header.column;
    const id = column.id as ColumnId;
    const dir = column.getIsSorted();
    const label = columnLabel(id);
    let content: ReactNode = label;
    if (id === "pin") {
      content = (
        <>
          <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="M9 3h6l-1 6 4 4v2h-5v6l-1 1-1-1v-6H6v-2l4-4-1-6z"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinejoin="round"
            />
          </svg>
          <span className="visually-hidden">{label}</span>
        </>
      );
    } else if (id === "rank") {
      content = (
        <>
          <span aria-hidden="true">#</span>
          <span className="visually-hidden">{label}</span>
        </>
      );
    } else if (FACTOR_SET.has(id)) {
      content = (
        <span className="th-stack">
          <span>{label}</span>
          <span className="th-sub">
            <span className="visually-hidden">{t("columns.weight")} </span>
            {format.percent(weights[id as Factor], 0)}
          </span>
        </span>
      );
    }
    return (
      <th
        key={header.id}
        scope="col"
        className={cellClass(id)}
        aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : undefined}
      >
        <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()} title={t("sort.hint", { column: label })}>
          {content}
          <SortIcon dir={dir} />
        </button>
      </th>
    );
  };

  return (
    <div className={styles.tableBlock}>
      <TableToolbar
        table={table}
        familyCounts={familyCounts}
        regionCounts={regionCounts}
        familyName={familyName}
        columnLabel={columnLabel}
      />

      <p className={styles.status} role="status">
        {filtered ? t("status.filtered", { shown: visibleRows.length, total: rows.length }) : t("status.all", { total: rows.length })}
        {sorted && (
          <span className="visually-hidden">
            {" "}
            {t(sorted.desc ? "sort.announceDesc" : "sort.announceAsc", { column: columnLabel(sorted.id as ColumnId) })}
          </span>
        )}
      </p>

      <div className={`table-scroll ${styles.tableScroll}`} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={`data-table ${styles.table}`}>
          <caption id={captionId} className="visually-hidden">
            {t("table.caption", { method: t(`methodName.${method}`) })}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>{group.headers.map(renderHeader)}</tr>
            ))}
          </thead>
          <tbody>
            {visibleRows.length === 0 && (
              <tr>
                <td colSpan={visibleColumnCount}>
                  <div className="empty-state">
                    <p>{t("table.noMatch")}</p>
                    <button type="button" className="btn btn--secondary btn--small" onClick={() => table.resetColumnFilters(true)}>
                      {t("table.clearFilters")}
                    </button>
                  </div>
                </td>
              </tr>
            )}
            {visibleRows.map((row) => {
              const isExpanded = row.getIsExpanded();
              return (
                <Fragment key={row.id}>
                  <tr
                    className={`offer-row ${isExpanded ? "is-expanded" : ""} ${row.original.pinned ? styles.pinnedRow : ""}`}
                    data-offer-id={row.original.offerId}
                    data-family={row.original.family}
                  >
                    {row.getVisibleCells().map((cell) => {
                      const id = cell.column.id;
                      return (
                        <td
                          key={cell.id}
                          className={cellClass(id)}
                          data-column={id}
                          data-label={UNLABELLED_ON_CARDS.has(id) ? undefined : columnLabel(id as ColumnId)}
                        >
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </td>
                      );
                    })}
                  </tr>
                  {isExpanded && (
                    <tr className="detail-row" id={detailId(row.original.offerId)}>
                      <td colSpan={visibleColumnCount}>
                        <div className="detail-panel">
                          <RowDetails
                            option={row.original}
                            weights={weights}
                            locale={locale}
                            format={format}
                            labels={labels}
                            onExplain={onExplain}
                          />
                        </div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
