"use client";

import { matchesSearch } from "@/lib/catalogue/search-text";
import {
  useReactTable,
  type ColumnFiltersState,
  type ExpandedState,
  type Row,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FORMAT_LOCALE, isLocale } from "@/lib/i18n/locales";
import type { CatalogueFilterOptions } from "./build-catalogue-rows";
import { catalogueColumns, columnLabel } from "./catalogue-columns";
import { CatalogueFilters } from "./catalogue-filters";
import {
  EMPTY_QUERY,
  SORTABLE_COLUMNS,
  hasActiveFilters,
  writeCatalogueQuery,
  type CatalogueQuery,
  type SortableColumn,
} from "./catalogue-query";
import type { CatalogueRow } from "./catalogue-row";
import { makeFigureFormat } from "./figure-format";
import { OfferDetails } from "./offer-details";
import { DataTable } from "@/app/_components/data-table";
import { SortField } from "@/app/_components/sort-field";
import { dataTableModels } from "@/app/_components/data-table-models";

type Props = {
  rows: CatalogueRow[];
  options: CatalogueFilterOptions;
  initialQuery: CatalogueQuery;
};

const resolve = <T,>(updater: Updater<T>, old: T): T => (typeof updater === "function" ? (updater as (o: T) => T)(old) : updater);

/**
 * The catalogue browser: TanStack Table (v8) with sorting, filtering and expandable rows.
 * The view state lives in the URL query (see catalogue-query.ts) and is written back with
 * history.replaceState, which Next keeps in sync with useSearchParams (so the language
 * switcher carries the filters along) without a server round trip.
 */
export function CatalogueTable({ rows, options, initialQuery }: Props) {
  const t = useTranslations("catalogue");
  const labels = useTranslations("labels");
  const localeTag = useLocale();
  const locale = isLocale(localeTag) ? localeTag : "en";
  const format = useMemo(() => makeFigureFormat(locale), [locale]);
  const listFormat = useMemo(() => new Intl.ListFormat(FORMAT_LOCALE[locale], { type: "conjunction", style: "short" }), [locale]);

  const [query, setQuery] = useState<CatalogueQuery>(initialQuery);
  const [expanded, setExpanded] = useState<ExpandedState>(() => (initialQuery.offer ? { [initialQuery.offer]: true } : {}));

  // Keep the URL in step with the view (replace, not push: filtering is not navigation).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const next = writeCatalogueQuery(new URLSearchParams(window.location.search), query).toString();
    // State null: Next copies its own history state in and syncs useSearchParams (passing the
    // current state, which carries Next's marker, would make Next skip the sync).
    window.history.replaceState(null, "", `${window.location.pathname}${next ? `?${next}` : ""}${window.location.hash}`);
  }, [query]);

  // A link to ?offer=<id> opens that offer's details and scrolls to it once.
  useEffect(() => {
    if (!initialQuery.offer) return;
    document.getElementById(`offer-row-${initialQuery.offer}`)?.scrollIntoView({ block: "start" });
  }, [initialQuery.offer]);

  const update = useCallback((patch: Partial<CatalogueQuery>) => setQuery((q) => ({ ...q, ...patch })), []);

  const toggleRow = useCallback((row: Row<CatalogueRow>) => {
    const opening = !row.getIsExpanded();
    row.toggleExpanded(opening);
    // Only a single opened offer is worth a shareable URL.
    setQuery((q) => ({ ...q, offer: opening ? row.id : q.offer === row.id ? null : q.offer }));
  }, []);

  const renderToggle = useCallback(
    (row: Row<CatalogueRow>) => {
      const { offer } = row.original;
      return (
        <button
          type="button"
          className="row-toggle"
          aria-expanded={row.getIsExpanded()}
          aria-controls={row.getIsExpanded() ? `offer-details-${offer.id}` : undefined}
          onClick={() => toggleRow(row)}
        >
          <svg className="chevron" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M7.5 5 12.5 10l-5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>
            <span className="offer-provider">{offer.provider}</span>
            <span className="offer-name">{offer.name}</span>
          </span>
        </button>
      );
    },
    [toggleRow],
  );

  const columns = useMemo(() => catalogueColumns({ t, labels, format, renderToggle }), [t, labels, format, renderToggle]);

  // Memoised: TanStack recomputes its row models (and schedules state resets) whenever these
  // identities change, so fresh arrays on every render would loop.
  const sorting = useMemo<SortingState>(() => (query.sort ? [{ id: query.sort.id, desc: query.sort.desc }] : []), [query.sort]);
  const columnFilters = useMemo<ColumnFiltersState>(
    () => [
      ...(query.family ? [{ id: "family", value: query.family }] : []),
      ...(query.accelerator ? [{ id: "accelerator", value: query.accelerator }] : []),
      ...(query.jurisdiction ? [{ id: "location", value: query.jurisdiction }] : []),
    ],
    [query.family, query.accelerator, query.jurisdiction],
  );
  // The region facet narrows the rows before the table (it has no column of its own).
  const regionRows = useMemo(() => (query.region ? rows.filter((r) => r.region === query.region) : rows), [rows, query.region]);
  const needle = query.q.trim();

  const table = useReactTable({
    data: regionRows,
    columns,
    state: { sorting, columnFilters, globalFilter: needle, expanded },
    getRowId: (r) => r.offer.id,
    autoResetExpanded: false,
    autoResetPageIndex: false,
    sortDescFirst: false,
    onSortingChange: (updater) => {
      const [first] = resolve(updater, sorting);
      const id = first?.id;
      update({ sort: id && (SORTABLE_COLUMNS as readonly string[]).includes(id) ? { id: id as SortableColumn, desc: first.desc } : null });
    },
    onColumnFiltersChange: () => {
      /* filters are driven by the controls through `query` */
    },
    onExpandedChange: setExpanded,
    // The search box matches one pre-built haystack per row, so check it once (via one column).
    getColumnCanGlobalFilter: (column) => column.id === "offer",
    globalFilterFn: (row, _columnId, value: string) => matchesSearch(row.original.searchText, value),
    ...dataTableModels<CatalogueRow>(),
  });

  const sortValue = query.sort ? `${query.sort.desc ? "-" : ""}${query.sort.id}` : "";
  const sortOptions = [
    { value: "", label: t("sort.default") },
    { value: "price", label: t("sort.priceAsc") },
    { value: "-price", label: t("sort.priceDesc") },
    { value: "leadTime", label: t("sort.leadTimeAsc") },
    { value: "asOf", label: t("sort.asOfAsc") },
    { value: "-asOf", label: t("sort.asOfDesc") },
    { value: "offer", label: t("sort.offerAsc") },
  ];
  if (query.sort && !sortOptions.some((o) => o.value === sortValue)) {
    // A header sort with no preset (e.g. by family): name it after the column and direction.
    sortOptions.push({ value: sortValue, label: `${columnLabel(t, query.sort.id)} ${query.sort.desc ? "↓" : "↑"}` });
  }

  const visibleRows = table.getRowModel().rows;
  const allExpanded = visibleRows.length > 0 && visibleRows.every((r) => r.getIsExpanded());

  return (
    <div className="stack">
      <CatalogueFilters query={query} options={options} totalCount={rows.length} t={t} onChange={update} />

      <section className="card card--flush" aria-labelledby="catalogue-results-count">
        <div className="results-bar">
          <h2 id="catalogue-results-count" className="results-count" aria-live="polite">
            {t("results.count", { shown: visibleRows.length, total: rows.length })}
          </h2>
          <div className="results-actions">
            <SortField
              id="catalogue-sort"
              label={t("sort.label")}
              value={sortValue}
              options={sortOptions}
              onSort={(id, desc) =>
                update({ sort: (SORTABLE_COLUMNS as readonly string[]).includes(id) ? { id: id as SortableColumn, desc } : null })
              }
            />
            {hasActiveFilters(query) && (
              <button type="button" className="btn btn--ghost btn--small" onClick={() => update({ ...EMPTY_QUERY, sort: query.sort })}>
                {t("filters.clear")}
              </button>
            )}
            <button
              type="button"
              className="btn btn--secondary btn--small"
              disabled={visibleRows.length === 0}
              onClick={() => {
                table.toggleAllRowsExpanded(!allExpanded);
                if (allExpanded) update({ offer: null });
              }}
            >
              {allExpanded ? t("results.collapseAll") : t("results.expandAll")}
            </button>
          </div>
        </div>

        <DataTable
          table={table}
          caption={t("table.caption")}
          regionLabel={t("table.region")}
          empty={
            <div className="empty-state">
              <p>{t("results.empty")}</p>
              <button type="button" className="btn btn--secondary" onClick={() => update({ ...EMPTY_QUERY, sort: query.sort })}>
                {t("filters.clear")}
              </button>
            </div>
          }
          rowProps={(row) => ({ id: `offer-row-${row.id}` })}
          detailId={(row) => `offer-details-${row.id}`}
          renderDetail={(row) => (
            <OfferDetails
              row={row.original}
              t={t}
              labels={labels}
              format={format}
              listFormat={listFormat}
              onClose={() => {
                toggleRow(row);
                document.querySelector<HTMLButtonElement>(`#offer-row-${CSS.escape(row.id)} .row-toggle`)?.focus();
              }}
            />
          )}
        />
      </section>
    </div>
  );
}
