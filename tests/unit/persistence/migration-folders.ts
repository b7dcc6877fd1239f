/**
 * A copy of a migrations folder cut back to its first `count` migrations: the schema as an
 * older release shipped it, for the "upgrade from the previous version" tests.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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
