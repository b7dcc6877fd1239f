"use client";

import type { Table } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useId, useMemo, useRef, type KeyboardEvent } from "react";
import { FAMILIES, REGIONS } from "@/lib/catalogue/catalogue-vocabulary";
import type { Family } from "@/lib/catalogue/offer-schema";
import type { Region } from "@/lib/catalogue/region";
import { FACTORS } from "@/lib/domain/factors";
import { COLUMN_IDS, FIXED_COLUMNS, type ColumnId } from "./results-columns";
import type { ResultRow } from "./result-row";
import styles from "./results.module.css";
import { Icon } from "@/app/_components/icon";
import { ChipGroup } from "@/app/_components/chip-group";
import { toggled } from "@/app/_components/toggled";

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

/**
 * Text filter, "Sort by" menu (the same sorting as the column headers, reachable on phones
 * where the rows become cards), family chips (checkboxes) and the column picker.
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
  const pickerRef = useRef<HTMLDetailsElement>(null);
  const optionColumn = table.getColumn("option");
  const familyColumn = table.getColumn("family");
  const text = (optionColumn?.getFilterValue() as string | undefined) ?? "";
  const families = (familyColumn?.getFilterValue() as Family[] | undefined) ?? [];
  const regionColumn = table.getColumn("region");
  const regions = (regionColumn?.getFilterValue() as Region[] | undefined) ?? [];
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

  const closePickerOnEscape = (e: KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key === "Escape" && pickerRef.current?.open) {
      pickerRef.current.open = false;
      pickerRef.current.querySelector("summary")?.focus();
    }
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

        <div className="sort-field">
          <label htmlFor={sortId}>{ts("label")}</label>
          <select
            id={sortId}
            className="select select--small"
            value={sortValue}
            onChange={(e) => {
              const v = e.target.value;
              table.setSorting([{ id: v.replace(/^-/, ""), desc: v.startsWith("-") }]);
            }}
          >
            {sortChoices.map((v) => (
              <option key={v} value={v}>
                {sortLabel(v)}
              </option>
            ))}
          </select>
        </div>

        <details ref={pickerRef} className={styles.picker} onKeyDown={closePickerOnEscape}>
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
                  <label key={id} className={styles.pickerItem}>
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

      <fieldset className={styles.familyFilter}>
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

      <fieldset className={styles.familyFilter}>
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
