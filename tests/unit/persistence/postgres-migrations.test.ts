import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { POSTGRES_MIGRATIONS } from "@/lib/persistence/migrations-folder";
import { migratePostgres, openPostgresRepository } from "@/lib/persistence/postgres/postgres-repository";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";
import { C_OLD, journalOf, migrationsUpTo, OLD_SCENARIO, previousVersionRows, S_OLD } from "./migration-folders";
import { dropTestDatabases, freshDatabase, PG_URL } from "./postgres-test-db";

afterAll(dropTestDatabases);

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}
const tables = async (url: string) =>
  (
    await query<{ table_name: string }>(
      url,
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    )
  ).map((r) => r.table_name);

describe.skipIf(!PG_URL)("PostgreSQL migrations", () => {
  it("create every table on an empty database, and are idempotent (also when two instances start together)", async () => {
    const url = await freshDatabase();
    await Promise.all([migratePostgres(url), migratePostgres(url)]);
    expect(await tables(url)).toEqual(["advisors", "consultations", "demand_scenarios", "intake_links", "login_failures", "scenarios"]);
    const applied = await query<{ n: string }>(url, "select count(*) as n from drizzle.__drizzle_migrations");
    expect(Number(applied[0]!.n)).toBe(journalOf(POSTGRES_MIGRATIONS).entries.length);
  });

  it.each([
    { release: "the first release", count: 1, missing: "intake_links" },
    { release: "the previous release", count: journalOf(POSTGRES_MIGRATIONS).entries.length - 1, missing: "demand_scenarios" },
  ])("upgrade a database of $release, keeping its rows", async ({ count, missing }) => {
    const url = await freshDatabase();
    await migratePostgres(url, migrationsUpTo(POSTGRES_MIGRATIONS, count));
    expect(await tables(url)).not.toContain(missing);
    const s = OLD_SCENARIO;
    for (const r of previousVersionRows((i) => `$${i + 1}`)) await query(url, r.sql, r.values);
    const repo = await openPostgresRepository({ url, poolSize: 2 });
    try {
      expect(await tables(url)).toEqual(expect.arrayContaining(["intake_links", "demand_scenarios"]));
      expect((await repo.listConsultations()).map((c) => [c.client, c.scenarioCount])).toEqual([["Old client", 1]]);
      const old = await repo.getScenario(C_OLD, S_OLD);
      expect(old).toMatchObject({ name: "Old", source: "advisor" });
      expect(old!.input).toEqual(s.input);
      expect((await repo.createDemandScenario({ name: "After upgrade", state: makeDemandState() })).name).toBe("After upgrade");
    } finally {
      await repo.close();
    }
  });
});
