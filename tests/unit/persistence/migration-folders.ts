/**
 * A copy of a migrations folder cut back to its first `count` migrations: the schema as an
 * older release shipped it, for the "upgrade from the previous version" tests.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeNewScenario } from "@/tests/fixtures/scenario-builders";

type Journal = { entries: { idx: number; tag: string }[] };

export function journalOf(folder: string): Journal {
  return JSON.parse(readFileSync(join(folder, "meta/_journal.json"), "utf8")) as Journal;
}

export function migrationsUpTo(folder: string, count: number): string {
  const dir = mkdtempSync(join(tmpdir(), "ca-migrations-"));
  cpSync(folder, dir, { recursive: true });
  const journal = journalOf(folder);
  writeFileSync(join(dir, "meta/_journal.json"), JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }));
  return dir;
}

/**
 * One consultation with one scenario, as rows the previous release could hold (no soft delete,
 * no scenario source), for both dialects' upgrade tests. `placeholder(i)` is the dialect's
 * i-th bind parameter (`?` or `$1`…).
 */
export const C_OLD = "OldConsultation000000A";
export const S_OLD = "OldScenario0000000000A";
export const OLD_SCENARIO = makeNewScenario({ name: "Old" });

export function previousVersionRows(placeholder: (i: number) => string): { sql: string; values: unknown[] }[] {
  const at = "2026-01-01T00:00:00.000Z";
  const s = OLD_SCENARIO;
  const row = (table: string, cells: Record<string, unknown>) => {
    const columns = Object.keys(cells);
    return {
      sql: `insert into ${table} (${columns.join(", ")}) values (${columns.map((_, i) => placeholder(i)).join(", ")})`,
      values: Object.values(cells),
    };
  };
  return [
    row("consultations", { id: C_OLD, client: "Old client", created_at: at, updated_at: at }),
    row("scenarios", {
      id: S_OLD,
      consultation_id: C_OLD,
      name: s.name,
      position: 0,
      input_json: JSON.stringify(s.input),
      result_json: JSON.stringify(s.snapshot),
      catalogue_version: s.catalogueVersion,
      computed_on: s.computedOn,
      created_at: at,
      updated_at: at,
    }),
  ];
}
