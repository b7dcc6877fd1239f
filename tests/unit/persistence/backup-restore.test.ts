import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPostgresRepository } from "@/lib/persistence/postgres/postgres-repository";
import type { Repository } from "@/lib/persistence/repository";
import { backupSqlite, checkSqliteFile, restoreSqlite } from "@/lib/persistence/sqlite/backup-sqlite";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";
import { makeNewScenario } from "@/tests/fixtures/scenario-builders";
import { dropTestDatabases, freshDatabase, PG_URL } from "./postgres-test-db";

const dir = mkdtempSync(join(tmpdir(), "ca-backup-"));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

async function seed(repo: Repository) {
  const a = await repo.createConsultation({ client: "Acme AI", organisation: "Acme", notes: "客戶備註" });
  await repo.addScenarios(a.id, [makeNewScenario({ name: "Base" }), makeNewScenario({ name: "HK only", needs: { residency: "hk-only" } })]);
  await repo.createIntakeLink(a.id, "token-hash", "2999-01-01T00:00:00.000Z");
  await repo.createAdvisor("wong@example.org", "hash");
  return a.id;
}

/** Everything a user would see, in a comparable form. */
async function contents(repo: Repository, id: string) {
  return {
    consultations: await repo.listConsultations(),
    scenarios: await repo.listScenarios(id),
    links: await repo.listIntakeLinks(id),
    advisors: await repo.listAdvisors(),
  };
}

/** pg_dump / pg_restore of the server's own major version (Debian keeps them in /usr/lib/postgresql/<v>/bin). */
function pgTool(name: string): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, "bin", name))) return join(root, v, "bin", name);
  return name;
}

describe("backup and restore", () => {
  it("SQLite: an online backup taken while the app writes restores to exactly the state at backup time", async () => {
    const file = join(dir, "live", "advisor.db");
    const live = openSqliteRepository({ file });
    const id = await seed(live);
    const before = await contents(live, id);
    const backup = join(dir, "advisor-backup.db");
    await backupSqlite(file, backup);
    // Writes after the backup must not be in it.
    await live.addScenarios(id, [makeNewScenario({ name: "After backup" })]);
    await live.close();
    expect(checkSqliteFile(backup)).toBe(true);

    const target = join(dir, "restored", "advisor.db");
    openSqliteRepository({ file: target }).raw.close();
    // A stale WAL next to the target must not be replayed over the restored file.
    writeFileSync(`${target}-wal`, "garbage");
    restoreSqlite(backup, target);
    const restored = openSqliteRepository({ file: target });
    try {
      expect(await contents(restored, id)).toEqual(before);
    } finally {
      await restored.close();
    }
  });

  it("SQLite: restore refuses a file that is not an intact database", () => {
    const bogus = join(dir, "bogus.db");
    writeFileSync(bogus, "not a database");
    expect(() => restoreSqlite(bogus, join(dir, "never.db"))).toThrow();
    expect(existsSync(join(dir, "never.db"))).toBe(false);
  });

  it.skipIf(!PG_URL)("PostgreSQL: pg_dump -Fc then pg_restore into an empty database gives the same data", async () => {
    const source = await freshDatabase();
    const repo = await openPostgresRepository({ url: source, poolSize: 2 });
    const id = await seed(repo);
    const before = await contents(repo, id);
    const dump = join(dir, "advisor.dump");
    execFileSync(pgTool("pg_dump"), ["--format=custom", "--no-owner", `--file=${dump}`, `--dbname=${source}`]);
    await repo.close();

    const target = await freshDatabase();
    execFileSync(pgTool("pg_restore"), ["--no-owner", "--exit-on-error", `--dbname=${target}`, dump]);
    const restored = await openPostgresRepository({ url: target, poolSize: 2 });
    try {
      expect(await contents(restored, id)).toEqual(before);
      // The restored database keeps working: its migration table says it is up to date.
      await restored.addScenarios(id, [makeNewScenario({ name: "After restore" })]);
      expect((await restored.listScenarios(id)).length).toBe(3);
    } finally {
      await restored.close();
    }
  });
});
