"use client";

import type { Table } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useId, useMemo, type KeyboardEvent } from "react";
import { FAMILIES, REGIONS } from "@/lib/catalogue/catalogue-vocabulary";
import type { Family } from "@/lib/catalogue/offer-schema";
import type { Region } from "@/lib/catalogue/region";
import { FACTORS } from "@/lib/domain/factors";
import { orderAccelerators } from "@/lib/url-state/table-view";
import { COLUMN_IDS, FIXED_COLUMNS, type ColumnId } from "./results-columns";
import type { ResultRow } from "./result-row";
import styles from "./results.module.css";
import { Icon } from "@/app/_components/icon";
import { ChipGroup } from "@/app/_components/chip-group";
import { toggled } from "@/app/_components/toggled";
import { SortField } from "@/app/_components/sort-field";

type Props = {
  table: Table<ResultRow>;
  familyName: (f: Family) => string;
  columnLabel: (id: ColumnId) => string;
};

/** How many rows fall under each key (every key present, zero when none). */
function countBy<K extends string>(keys: readonly K[], rows: readonly ResultRow[], keyOf: (r: ResultRow) => K): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) counts[keyOf(r)] += 1;
  return counts;
}

/** The sort choices of the "Sort by" menu ("-id" = descending); the best-first direction of each column. */
const SORT_PRESETS: readonly string[] = [
  "rank",
  "-total",
  ...FACTORS.map((f) => `-${f}`),
  "cost",
  "-cost",
  "monthly",
  "time",
  "option",
  "family",
  "-pin",
];

type AcceleratorChoice = { model: string; name: string; count: number };

/** The accelerator models among the ranked options, by name, with how many options use each. */
function acceleratorChoices(rows: readonly ResultRow[]): AcceleratorChoice[] {
  const byModel = new Map<string, AcceleratorChoice>();
  for (const r of rows) {
    const seen = byModel.get(r.accelerator.model);
    if (seen) seen.count += 1;
    else byModel.set(r.accelerator.model, { model: r.accelerator.model, name: r.accelerator.name, count: 1 });
  }
  return [...byModel.values()].sort((a, b) => a.name.localeCompare(b.name, "en") || (a.model < b.model ? -1 : 1));
}

/** Closes a picker (a <details>) on Escape and gives the focus back to its summary. */
function closeOnEscape(e: KeyboardEvent<HTMLDetailsElement>) {
  const details = e.currentTarget;
  if (e.key === "Escape" && details.open) {
    details.open = false;
    details.querySelector("summary")?.focus();
  }
}

/**
 * Text filter, "Sort by" menu (the same sorting as the column headers, reachable on phones
 * where the rows become cards), the accelerator and column pickers, family and region chips
 * (checkboxes). Every control drives the table, whose state the share link carries.
 */
export function TableToolbar({ table, familyName, columnLabel }: Props) {
  const rows = table.options.data;
  // Chip counts over every ranked option, whatever the filters: a family or region with none
  // is not offered unless already selected.
  const familyCounts = useMemo(() => countBy(FAMILIES, rows, (r) => r.family), [rows]);
  const regionCounts = useMemo(() => countBy(REGIONS, rows, (r) => r.region), [rows]);
  const t = useTranslations("results.toolbar");
  const ts = useTranslations("results.sort");
  const searchId = useId();
  const sortId = useId();
  const optionColumn = table.getColumn("option");
  const familyColumn = table.getColumn("family");
  const text = (optionColumn?.getFilterValue() as string | undefined) ?? "";
  const families = (familyColumn?.getFilterValue() as Family[] | undefined) ?? [];
  const regionColumn = table.getColumn("region");
  const regions = (regionColumn?.getFilterValue() as Region[] | undefined) ?? [];
  const acceleratorColumn = table.getColumn("accelerator");
  const accelerators = (acceleratorColumn?.getFilterValue() as string[] | undefined) ?? [];
  const ranked = useMemo(() => acceleratorChoices(rows), [rows]);
  // A selected model stays offered even when re-ranking leaves no option with it, so it can be unticked.
  const acceleratorOptions = [
    ...ranked,
    ...accelerators.filter((m) => !ranked.some((c) => c.model === m)).map((model) => ({ model, name: model, count: 0 })),
  ];
  const tl = useTranslations("labels");

  const sorted = table.getState().sorting[0];
  const sortValue = sorted ? `${sorted.desc ? "-" : ""}${sorted.id}` : "rank";
  const sortChoices = SORT_PRESETS.includes(sortValue) ? SORT_PRESETS : [...SORT_PRESETS, sortValue];
  const sortLabel = (value: string) => {
    if (value === "-pin") return ts("pinnedFirst");
    if (value === "rank") return ts("rankBest");
    const desc = value.startsWith("-");
    const column = columnLabel(value.replace(/^-/, "") as ColumnId);
    return ts(desc ? "optionDesc" : "optionAsc", { column });
  };

  const toggleFamily = (f: Family, on: boolean) => familyColumn?.setFilterValue(toggled(families, f, on, FAMILIES));
  const toggleRegion = (r: Region, on: boolean) => regionColumn?.setFilterValue(toggled(regions, r, on, REGIONS));

  const toggleAccelerator = (model: string, on: boolean) => {
    acceleratorColumn?.setFilterValue(orderAccelerators(on ? [...accelerators, model] : accelerators.filter((x) => x !== model)));
  };

  const hideable = COLUMN_IDS.filter((id) => !FIXED_COLUMNS.has(id));

  return (
    <div className={styles.toolbar}>
      <div className={styles.toolbarRow}>
        <div className={styles.search}>
          <label htmlFor={searchId} className="visually-hidden">
            {t("search")}
          </label>
          <input
            id={searchId}
            type="search"
            className="input input--search"
            placeholder={t("searchPlaceholder")}
            value={text}
            onChange={(e) => optionColumn?.setFilterValue(e.target.value === "" ? undefined : e.target.value)}
            autoComplete="off"
          />
        </div>

        <SortField
          id={sortId}
          label={ts("label")}
          value={sortValue}
          options={sortChoices.map((v) => ({ value: v, label: sortLabel(v) }))}
          onSort={(id, desc) => table.setSorting([{ id, desc }])}
        />

        <div className={styles.pickers}>
          <details className={styles.picker} onKeyDown={closeOnEscape}>
            <summary className="btn btn--secondary btn--small">
              {accelerators.length > 0 ? t("acceleratorCount", { count: accelerators.length }) : t("accelerator")}
            </summary>
            <div className={`${styles.pickerPanel} ${styles.acceleratorPanel}`}>
              <fieldset>
                <legend className={styles.pickerLegend}>{t("acceleratorLegend")}</legend>
                {acceleratorOptions.map((a) => (
                  <label key={a.model} className="check-row">
                    <input
                      type="checkbox"
                      checked={accelerators.includes(a.model)}
                      onChange={(e) => toggleAccelerator(a.model, e.target.checked)}
                    />
                    {a.name}
                    <span className="count">{a.count}</span>
                  </label>
                ))}
              </fieldset>
              <button type="button" className="btn btn--ghost btn--small" onClick={() => acceleratorColumn?.setFilterValue(undefined)}>
                {t("acceleratorAll")}
              </button>
            </div>
          </details>

          <details className={styles.picker} onKeyDown={closeOnEscape}>
            <summary className="btn btn--secondary btn--small">
              <Icon name="columns" />
              {t("columns")}
            </summary>
            <div className={styles.pickerPanel}>
              <fieldset>
                <legend className={styles.pickerLegend}>{t("showColumns")}</legend>
                {hideable.map((id) => {
                  const column = table.getColumn(id);
                  if (!column) return null;
                  return (
                    <label key={id} className="check-row">
                      <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                      {columnLabel(id)}
                    </label>
                  );
                })}
              </fieldset>
              <button type="button" className="btn btn--ghost btn--small" onClick={() => table.resetColumnVisibility(true)}>
                {t("showAll")}
              </button>
            </div>
          </details>
        </div>
      </div>

      <fieldset className={`chips--compact ${styles.familyFilter}`}>
        <legend className={styles.inlineLegend}>{t("family")}</legend>
        {/* A selected family stays offered even when re-ranking leaves it empty, so it can be unticked. */}
        <ChipGroup
          kind="checkbox"
          options={FAMILIES.filter((f) => familyCounts[f] > 0 || families.includes(f)).map((f) => ({
            value: f,
            label: (
              <>
                <span className={`family-dot family-dot--${f}`} aria-hidden="true" />
                {familyName(f)}
                <span className="count">{familyCounts[f]}</span>
              </>
            ),
          }))}
          values={families}
          onToggle={toggleFamily}
        />
      </fieldset>

      <fieldset className={`chips--compact ${styles.familyFilter}`}>
        <legend className={styles.inlineLegend}>{t("region")}</legend>
        <ChipGroup
          kind="checkbox"
          options={REGIONS.filter((r) => regionCounts[r] > 0 || regions.includes(r)).map((r) => ({
            value: r,
            label: (
              <>
                {tl(`region.${r}`)}
                <span className="count">{regionCounts[r]}</span>
              </>
            ),
          }))}
          values={regions}
          onToggle={toggleRegion}
        />
      </fieldset>
    </div>
  );
}
