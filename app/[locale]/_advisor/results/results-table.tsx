"use client";

import { useReactTable, type ExpandedState } from "@tanstack/react-table";
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useId, useLayoutEffect, useMemo, useState, type Dispatch, type SetStateAction } from "react";
import type { Family } from "@/lib/catalogue/offer-schema";
import { FACTORS, type Factor, type Weights } from "@/lib/domain/factors";
import { FORMAT_LOCALE } from "@/lib/i18n/locales";
import { resultsColumns, type ColumnId } from "./results-columns";
import type { ResultRow } from "./result-row";
import styles from "./results.module.css";
import { TableToolbar } from "./table-toolbar";
import { DataTable } from "@/app/_components/data-table";
import type { ResultView } from "./result-view";
import type { TableView } from "@/lib/url-state/table-view";
import { useTableViewState } from "./use-table-view-state";
import { useAfterFrame } from "./use-after-frame";
import { dataTableModels } from "@/app/_components/data-table-models";
import { getOrCreate } from "@/lib/i18n/text-cache";

type Props = {
  rows: ResultRow[];
  weights: Weights;
  view: ResultView;
  onTogglePin: (offerId: string) => void;
  /** Sort, filters and hidden columns (controlled: they live in the share link's state). */
  tableView: TableView;
  onTableViewChange: Dispatch<SetStateAction<TableView>>;
};

const FACTOR_SET: ReadonlySet<string> = new Set<string>(FACTORS);

/**
 * Rows in the server's HTML: the top of the ranking. The rest of the table joins in the commit
 * that hydrates it, so a phone downloads, parses and lays out a few rows on load, not all of
 * them (at phone width the table sits below the form, and hydrates as it nears the viewport).
 */
export const SERVER_RENDERED_ROWS = 8;

/**
 * Rows that newly join the table in one commit (a re-ranking that lets more options through, a
 * cleared filter) beyond this many rows are added a frame later: the frame that answers the
 * keystroke renders, lays out and paints a screenful of rows (a row is about 200 px high at
 * 1366 px wide, taller as a phone card), not twenty rows of cells below the fold. Rows already
 * shown never wait, so nothing the user sees disappears or moves back.
 */
export const FIRST_FRAME_ROWS = 5;

// Rows start collapsed, so the details (and their sources list) load on the first expand.
const RowDetails = dynamic(() => import("./row-details").then((m) => m.RowDetails), { ssr: false });

/**
 * The ranked options as a TanStack v8 table: every column sorts (button in the header,
 * aria-sort on the sorted one), rows filter by family and free text, columns can be hidden,
 * each row expands into its cost, reasons and sources, and a pin toggle feeds the compare view.
 * Columns are generated once per locale/method (memoised), so dragging a weight only swaps data.
 * Sort, filters and column visibility are controlled by `tableView` (the advisor keeps them in
 * the share link); only the expanded rows are the table's own.
 */
export function ResultsTable({ rows, weights, view, onTogglePin, tableView, onTableViewChange }: Props) {
  const { method, format, labels, onExplain } = view;
  const locale = useLocale();
  const t = useTranslations("results");
  const tl = useTranslations("labels");
  const baseId = useId();
  const captionId = `${baseId}-caption`;
  const detailId = useCallback((offerId: string) => `${baseId}-detail-${offerId}`, [baseId]);

  const { sorting, columnFilters, columnVisibility, ...viewChanges } = useTableViewState(tableView, onTableViewChange);
  const [expanded, setExpanded] = useState<ExpandedState>({});
  // False in the server render and in the hydration render (which must match it); a layout
  // effect then renders every row before the browser paints, in the same task, so the
  // "advisor-results" hydration mark (a passive effect) is never seen with a short table.
  const [allRows, setAllRows] = useState(false);
  useLayoutEffect(() => setAllRows(true), []);

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

  // Built once per locale, currency, method and weights, not per ranking: a keystroke in the
  // form re-renders the rows but keeps the columns (and TanStack's headers) as they are. Pin and
  // rank-range labels repeat across re-rankings, so each is formatted once and kept.
  const columns = useMemo(() => {
    const pinLabels = new Map<string, string>();
    const rankRanges = new Map<string, [text: string, title: string]>();
    const rankRange = (r: { best: number; worst: number }) =>
      getOrCreate(rankRanges, `${r.best}-${r.worst}`, (): [string, string] => [t("rankRange", r), t("rankRangeTitle", r)]);
    return resultsColumns({
      label: columnLabel,
      format,
      labels,
      collator: new Intl.Collator(FORMAT_LOCALE[locale], { sensitivity: "base", numeric: true }),
      pinLabel: (r) => getOrCreate(pinLabels, r.optionLabel, () => t("pin.label", { name: r.optionLabel })),
      pinFullHint: t("pin.full"),
      expandHint: t("details.toggle"),
      onTogglePin,
      detailId,
      familyName,
      familyShort,
      weightShare: (f) => format.percent(weights[f], 0),
      weightWord: t("columns.weight"),
      rangeText: {
        rank: (r) => rankRange(r)[0],
        rankTitle: (r) => rankRange(r)[1],
        cost: (r) => t("costRange", { low: format.money(r.low, { compact: true }), high: format.money(r.high, { compact: true }) }),
        costTitle: t("costRangeTitle"),
      },
    });
  }, [columnLabel, format, labels, locale, t, onTogglePin, detailId, familyName, familyShort, weights]);

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnFilters, columnVisibility, expanded },
    ...viewChanges,
    onExpandedChange: setExpanded,
    getRowId: (r) => r.offerId,
    ...dataTableModels<ResultRow>(),
    // Two states per column (no "unsorted" third click); ties keep the engine's rank order.
    enableSortingRemoval: false,
    enableMultiSort: false,
    autoResetExpanded: false,
  });

  const visibleRows = table.getRowModel().rows;
  // How many rows the table held as of the last painted frame (see FIRST_FRAME_ROWS).
  const paintedRows = useAfterFrame(visibleRows.length);
  const rowLimit = !allRows ? SERVER_RENDERED_ROWS : visibleRows.length > paintedRows ? Math.max(paintedRows, FIRST_FRAME_ROWS) : undefined;
  const sorted = sorting[0];
  const filtered = columnFilters.length > 0;

  return (
    <div className={styles.tableBlock}>
      <TableToolbar table={table} familyName={familyName} columnLabel={columnLabel} />

      <p className={styles.status} role="status">
        {filtered ? t("status.filtered", { shown: visibleRows.length, total: rows.length }) : t("status.all", { total: rows.length })}
        {sorted && (
          <span className="visually-hidden">
            {" "}
            {t(sorted.desc ? "sort.announceDesc" : "sort.announceAsc", { column: columnLabel(sorted.id as ColumnId) })}
          </span>
        )}
      </p>

      <DataTable
        table={table}
        caption={t("table.caption", { method: t(`methodName.${method}`) })}
        captionId={captionId}
        regionLabelledBy={captionId}
        className={styles.table}
        scrollClassName={styles.tableScroll}
        sortTitle={(column) => t("sort.hint", { column })}
        rowLimit={rowLimit}
        empty={
          <div className="empty-state">
            <p>{t("table.noMatch")}</p>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => table.resetColumnFilters(true)}>
              {t("table.clearFilters")}
            </button>
          </div>
        }
        rowProps={(row) => ({
          className: row.original.pinned ? styles.pinnedRow : undefined,
          "data-offer-id": row.original.offerId,
          "data-family": row.original.family,
        })}
        detailId={(row) => detailId(row.original.offerId)}
        renderDetail={(row) => (
          <div className="detail-panel">
            <RowDetails option={row.original} weights={weights} locale={locale} format={format} labels={labels} onExplain={onExplain} />
          </div>
        )}
      />
    </div>
  );
}
