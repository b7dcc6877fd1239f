"use client";

import { createColumnHelper, type FilterFn, type SortingFn } from "@tanstack/react-table";
import type { Family } from "@/lib/catalogue/offer-schema";
import { matchesSearch } from "@/lib/catalogue/search-text";
import type { Region } from "@/lib/catalogue/region";
import { FACTORS, type Factor } from "@/lib/domain/factors";
import { WarningBadges } from "@/app/_components/option-warnings";
import { FlagBadges } from "./flag-badges";
import { FIXED_COLUMN_IDS, RESULT_COLUMN_IDS, type ResultColumnId } from "@/lib/url-state/table-view";
import type { ResultRow } from "./result-row";
import styles from "./results.module.css";
import { ScoreBar } from "./score-bar";
import type { ResultFormat } from "./use-result-format";
import type { ResultLabels } from "./use-result-labels";

// The column ids live with the share link's table view, which names them (lib/url-state/table-view.ts).
export const COLUMN_IDS = RESULT_COLUMN_IDS;
export type ColumnId = ResultColumnId;

/** Columns whose cells are numbers: right-aligned, tabular figures. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set<ColumnId>(["rank", "total", ...FACTORS, "cost", "monthly", "time"]);
/** Columns the picker cannot hide (the row's identity and its pin). */
export const FIXED_COLUMNS: ReadonlySet<string> = new Set<ColumnId>(FIXED_COLUMN_IDS);

export type ColumnContext = {
  /** Header text per column (also the column picker's labels). */
  label: (id: ColumnId) => string;
  format: ResultFormat;
  labels: ResultLabels;
  collator: Intl.Collator;
  /** Accessible name of a row's pin button / its tooltip when the compare set is full. */
  pinLabel: (row: ResultRow) => string;
  pinFullHint: string;
  expandHint: string;
  onTogglePin: (offerId: string) => void;
  /** Id of the element a row's expand button controls. */
  detailId: (offerId: string) => string;
  familyName: (f: Family) => string;
  /** Compact family label for the table cell (the full name is its tooltip and in the filter chips). */
  familyShort: (f: Family) => string;
  /** A factor's weight as a share, e.g. "46%", under its header. */
  weightShare: (f: Factor) => string;
  /** Screen-reader word before that share ("Weight"). */
  weightWord: string;
  /** "rank 1–4" and "HK$1.2M – HK$1.5M" under the rank and the cost when estimates leave them uncertain. */
  rangeText: {
    rank: (r: { best: number; worst: number }) => string;
    rankTitle: (r: { best: number; worst: number }) => string;
    cost: (r: { low: number; high: number }) => string;
    costTitle: string;
  };
};

export const familyFilter: FilterFn<ResultRow> = (row, _columnId, value: readonly Family[] | undefined) =>
  !value || value.length === 0 || value.includes(row.original.family);
familyFilter.autoRemove = (value: unknown) => !Array.isArray(value) || value.length === 0;

export const regionFilter: FilterFn<ResultRow> = (row, _columnId, value: readonly Region[] | undefined) =>
  !value || value.length === 0 || value.includes(row.original.region);
regionFilter.autoRemove = (value: unknown) => !Array.isArray(value) || value.length === 0;

export const acceleratorFilter: FilterFn<ResultRow> = (row, _columnId, value: readonly string[] | undefined) =>
  !value || value.length === 0 || value.includes(row.original.accelerator.model);
acceleratorFilter.autoRemove = (value: unknown) => !Array.isArray(value) || value.length === 0;

/** Free-text filter, as the catalogue's: every term of the query occurs in the row's search text. */
export const textFilter: FilterFn<ResultRow> = (row, _columnId, value: string) => matchesSearch(row.original.searchText, value);

function PinIcon({ filled }: { filled: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M9 3h6l-1 6 4 4v2h-5v6l-1 1-1-1v-6H6v-2l4-4-1-6z"
        fill={filled ? "currentColor" : "none"}
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function Chevron() {
  return (
    <svg className="chevron" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M7.5 5l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The comparison table's columns, generated from the view settings (locale, currency,
 * method labels) rather than hard-coded in the table — the ec2instances.info pattern.
 * Score, cost and time come before the five factor columns so the figures people decide on
 * are visible without scrolling sideways in the advisor's results column.
 * Every column sorts; numbers sort high-first for scores and low-first for rank, cost and
 * time, so the first click always puts the best at the top.
 */
export function resultsColumns(ctx: ColumnContext) {
  const h = createColumnHelper<ResultRow>();
  const byText =
    (key: "optionLabel" | "familyLabel"): SortingFn<ResultRow> =>
    (a, b) =>
      ctx.collator.compare(a.original[key], b.original[key]);
  /** Column meta for the generic DataTable: label, numeric alignment, phone-card label. */
  const meta = (id: ColumnId, extra: { sticky?: boolean; className?: string; cardLabel?: boolean } = {}) => ({
    label: ctx.label(id),
    numeric: NUMERIC_COLUMNS.has(id),
    ...extra,
  });
  const factorColumn = (f: Factor) =>
    h.accessor((r) => r.factors[f], {
      id: f,
      meta: meta(f, { className: styles.factorCol }),
      header: () => (
        <span className="th-stack">
          <span>{ctx.label(f)}</span>
          <span className="th-sub">
            <span className="visually-hidden">{ctx.weightWord} </span>
            {ctx.weightShare(f)}
          </span>
        </span>
      ),
      sortDescFirst: true,
      cell: (c) => <ScoreBar value={c.getValue()} text={ctx.format.score(c.getValue())} compact />,
    });
  /** A plain figure, lowest first (monthly cost, time to result). */
  const figureColumn = (id: "monthly" | "time", key: "monthlyCostHkd" | "timeToResultDays", show: (value: number) => string) =>
    h.accessor(key, {
      id,
      meta: meta(id),
      header: () => ctx.label(id),
      sortDescFirst: false,
      cell: (c) => <span className="num">{show(c.getValue())}</span>,
    });
  /** Filter-only (never shown, not in the column picker): a facet of the toolbar (region, accelerator). */
  const filterColumn = (id: "region" | "accelerator", value: (r: ResultRow) => string, filterFn: FilterFn<ResultRow>) =>
    h.accessor(value, { id, enableHiding: false, enableSorting: false, filterFn, header: () => null, cell: () => null });

  return [
    h.accessor((r) => (r.pinned ? 1 : 0), {
      id: "pin",
      meta: meta("pin", { className: styles.pinCol, cardLabel: false }),
      header: () => (
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
          <span className="visually-hidden">{ctx.label("pin")}</span>
        </>
      ),
      sortDescFirst: true,
      enableHiding: false,
      cell: ({ row }) => {
        const r = row.original;
        return (
          <button
            type="button"
            className={`icon-button ${styles.pinButton} ${r.pinned ? styles.pinButtonOn : ""}`}
            aria-pressed={r.pinned}
            aria-label={ctx.pinLabel(r)}
            title={r.pinDisabled ? ctx.pinFullHint : ctx.pinLabel(r)}
            disabled={r.pinDisabled}
            onClick={() => ctx.onTogglePin(r.offerId)}
          >
            <PinIcon filled={r.pinned} />
          </button>
        );
      },
    }),
    h.accessor("rank", {
      meta: meta("rank"),
      header: () => (
        <>
          <span aria-hidden="true">#</span>
          <span className="visually-hidden">{ctx.label("rank")}</span>
        </>
      ),
      sortDescFirst: false,
      cell: ({ row }) => {
        const { rank, rankRange } = row.original;
        return (
          <>
            <span className={styles.rank}>{rank}</span>
            {rankRange.best !== rankRange.worst ? (
              <span className="range-note" title={ctx.rangeText.rankTitle(rankRange)}>
                {ctx.rangeText.rank(rankRange)}
              </span>
            ) : null}
          </>
        );
      },
    }),
    h.accessor("optionLabel", {
      id: "option",
      meta: meta("option", { sticky: true, className: "col-offer", cardLabel: false }),
      header: () => ctx.label("option"),
      sortingFn: byText("optionLabel"),
      sortDescFirst: false,
      enableHiding: false,
      filterFn: textFilter,
      cell: ({ row }) => {
        const r = row.original;
        return (
          <div className={styles.optionCell}>
            <button
              type="button"
              className="row-toggle"
              aria-expanded={row.getIsExpanded()}
              aria-controls={row.getIsExpanded() ? ctx.detailId(r.offerId) : undefined}
              onClick={row.getToggleExpandedHandler()}
            >
              <Chevron />
              <span>
                <span className="offer-provider">{r.provider}</span>
                <span className="offer-name">{r.name}</span>
                <span className="visually-hidden"> — {ctx.expandHint}</span>
              </span>
            </button>
            <span className={styles.optionMeta}>
              <span>{r.location.label}</span>
              <span>
                {r.accelerator.perNode} × {r.accelerator.name}
              </span>
            </span>
            <FlagBadges flags={r.flags} labels={ctx.labels} />
            <WarningBadges warnings={r.warnings} />
          </div>
        );
      },
    }),
    h.accessor("familyLabel", {
      id: "family",
      meta: meta("family", { cardLabel: false }),
      header: () => ctx.label("family"),
      sortingFn: byText("familyLabel"),
      sortDescFirst: false,
      filterFn: familyFilter,
      cell: ({ row }) => (
        <span className={`family-label ${styles.familyCell}`}>
          <span className={`family-dot family-dot--${row.original.family}`} aria-hidden="true" />
          <abbr title={ctx.familyName(row.original.family)} className={styles.familyAbbr}>
            {ctx.familyShort(row.original.family)}
          </abbr>
        </span>
      ),
    }),
    h.accessor("total", {
      meta: meta("total"),
      header: () => ctx.label("total"),
      sortDescFirst: true,
      cell: (c) => <ScoreBar value={c.getValue()} text={ctx.format.score(c.getValue())} emphasis />,
    }),
    h.accessor("costHkd", {
      id: "cost",
      meta: meta("cost"),
      header: () => ctx.label("cost"),
      sortDescFirst: false,
      cell: ({ row }) => {
        const { costHkd, costRangeHkd } = row.original;
        const spread = costRangeHkd.low !== costRangeHkd.high;
        return (
          <>
            <span className="num">{ctx.format.money(costHkd)}</span>
            {spread ? (
              <span className="range-note num" title={ctx.rangeText.costTitle}>
                {ctx.rangeText.cost(costRangeHkd)}
              </span>
            ) : null}
          </>
        );
      },
    }),
    figureColumn("monthly", "monthlyCostHkd", ctx.format.money),
    figureColumn("time", "timeToResultDays", ctx.format.days),
    ...FACTORS.map(factorColumn),
    filterColumn("region", (r) => r.region, regionFilter),
    // The model shows in the option cell; this column only filters on it.
    filterColumn("accelerator", (r) => r.accelerator.model, acceleratorFilter),
  ];
}
