import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Firm } from "@/lib/domain/demand/firm";
import type { Locale } from "@/lib/i18n/locales";
import { validationTranslator } from "@/lib/validation/validation-messages";
import type { LocalisedIssue } from "@/lib/validation/localise-issues";
import { CSV_COLUMN_NAMES } from "./csv-columns";
import { demandText } from "./demand-text";
import { MAX_API_ROWS } from "./demand-limits";
import { FirmRowCollector } from "./firm-rows";
import type { PopulationRow } from "./population-row-schema";

const cellText = (v: PopulationRow[string]): string | undefined =>
  v === undefined ? undefined : v === null ? "" : Array.isArray(v) ? v.join(";") : String(v);

/**
 * Rows of the API body → firms, through the CSV import's own collector (the needs schema and
 * the catalogue's ids, row by row). Any bad row refuses them all: every problem comes back as
 * an issue at `population.rows.<index>.<column>` (index from 0, as in the request), named and
 * worded in the caller's language.
 */
export function firmsFromRows(
  rows: readonly PopulationRow[],
  cat: Catalogue,
  locale: Locale,
): { ok: true; firms: Firm[] } | { ok: false; issues: LocalisedIssue[] } {
  const collector = new FirmRowCollector(cat, locale, MAX_API_ROWS);
  collector.header(CSV_COLUMN_NAMES);
  rows.forEach((row, i) => {
    const rec: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(row)) rec[name] = cellText(value);
    // The collector counts the header as row 1: request row i is its row i + 2.
    collector.record(rec, i + 2);
  });
  const result = collector.finish();
  if (result.ok) return { ok: true, firms: result.firms };
  const t = demandText(locale);
  const v = validationTranslator(locale);
  return {
    ok: false,
    issues: result.problems.map((p) => {
      const path = ["population", "rows", ...(p.row >= 2 ? [String(p.row - 2)] : []), ...(p.column ? [p.column] : [])].join(".");
      const message =
        "message" in p
          ? p.message
          : v("fieldMessage", { field: p.column || path, message: t(`population.problem.${p.code}`, p.values ?? {}) });
      return { path, field: p.column, code: "code" in p ? p.code : "custom", message };
    }),
  };
}
