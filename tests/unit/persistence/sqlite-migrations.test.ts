import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SQLITE_MIGRATIONS } from "@/lib/persistence/migrations-folder";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";
import { C_OLD, journalOf, migrationsUpTo, OLD_SCENARIO, previousVersionRows, S_OLD } from "./migration-folders";

const dir = mkdtempSync(join(tmpdir(), "ca-sqlite-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tables = (file: string) => {
  const db = new Database(file, { readonly: true });
  const names = (
    db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]
  ).map((r) => r.name);
  db.close();
  return names;
};

describe("SQLite migrations", () => {
  it("ship at least two versions", () => {
    expect(journalOf(SQLITE_MIGRATIONS).entries.length).toBeGreaterThanOrEqual(2);
  });

  it("create every table on an empty file, in WAL mode, and are idempotent", async () => {
    const file = join(dir, "empty", "advisor.db");
    const repo = openSqliteRepository({ file });
    expect(repo.raw.pragma("journal_mode", { simple: true })).toBe("wal");
    await repo.close();
    expect(tables(file)).toEqual(["__drizzle_migrations", "advisors", "consultations", "demand_scenarios", "intake_links", "login_failures", "scenarios"]);
    const again = openSqliteRepository({ file });
    expect(await again.listConsultations()).toEqual([]);
    await again.close();
  });

  // Each earlier release: its schema lacks the tables later migrations add (intake links came
  // with the second, saved demand scenarios with the third).
  it.each([
    { release: "the first release", count: 1, missing: "intake_links" },
    { release: "the previous release", count: journalOf(SQLITE_MIGRATIONS).entries.length - 1, missing: "demand_scenarios" },
  ])("upgrade a database of $release, keeping its rows", async ({ release, count, missing }) => {
    const file = join(dir, release.replaceAll(" ", "-"), "advisor.db");
    openSqliteRepository({ file, migrationsFolder: migrationsUpTo(SQLITE_MIGRATIONS, count) }).raw.close();
    expect(tables(file)).not.toContain(missing);
    const s = OLD_SCENARIO;
    const db = new Database(file);
    for (const r of previousVersionRows(() => "?")) db.prepare(r.sql).run(...r.values);
    db.close();

    const repo = openSqliteRepository({ file });
    expect(tables(file)).toEqual(expect.arrayContaining(["intake_links", "demand_scenarios"]));
    expect((await repo.listConsultations()).map((c) => [c.client, c.scenarioCount])).toEqual([["Old client", 1]]);
    const old = await repo.getScenario(C_OLD, S_OLD);
    expect(old).toMatchObject({ name: "Old", source: "advisor", catalogueVersion: s.catalogueVersion });
    expect(old!.input).toEqual(s.input);
    expect(await repo.deleteConsultation(C_OLD)).toBe(true);
    expect(await repo.restoreConsultation(C_OLD)).not.toBeNull();
    expect((await repo.createDemandScenario({ name: "After upgrade", state: makeDemandState() })).name).toBe("After upgrade");
    await repo.close();
  });
});
