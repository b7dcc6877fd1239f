import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";

/* `npm run db:backup -- …` as an operator runs it: a real process on a store under DATA_DIR. */
const dir = mkdtempSync(join(tmpdir(), "ca-backup-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dbBackup(args: string[], env: Record<string, string>) {
  const run = spawnSync("npx", ["tsx", "--conditions=react-server", "lib/persistence/backup-cli.ts", ...args], {
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const clients = async (dataDir: string) => {
  const repo = openSqliteRepository({ file: join(dataDir, "advisor.db") });
  try {
    return (await repo.listConsultations()).map((c) => c.client).sort();
  } finally {
    await repo.close();
  }
};

describe("db:backup", () => {
  it("backs up the live SQLite store and restores it over later changes", async () => {
    const dataDir = join(dir, "data");
    const repo = openSqliteRepository({ file: join(dataDir, "advisor.db") });
    const kept = await repo.createConsultation({ client: "Kept Ltd" });
    const file = join(dir, "backup.db");

    const backup = dbBackup(["backup", file], { DATA_DIR: dataDir });
    expect(backup.code).toBe(0);
    expect(backup.out).toContain("backed up");
    expect(existsSync(file)).toBe(true);

    await repo.createConsultation({ client: "After the backup Ltd" });
    await repo.deleteConsultation(kept.id);
    await repo.close();

    const restore = dbBackup(["restore", file], { DATA_DIR: dataDir });
    expect(restore.code).toBe(0);
    expect(await clients(dataDir)).toEqual(["Kept Ltd"]);
  }, 120_000);

  it.each([[[]], [["backup"]], [["copy", "x.db"]]])("refuses %j with the usage and exit code 2", (args) => {
    const run = dbBackup(args, { DATA_DIR: join(dir, "usage") });
    expect(run.code).toBe(2);
    expect(run.err).toContain("usage: npm run db:backup -- backup <file> | restore <file>");
  }, 60_000);

  it("points a PostgreSQL deployment at pg_dump / pg_restore (exit code 2, nothing written)", () => {
    const file = join(dir, "never.db");
    const run = dbBackup(["backup", file], { DATA_DIR: join(dir, "pg"), DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(run.code).toBe(2);
    expect(run.err).toContain("pg_dump");
    expect(existsSync(file)).toBe(false);
  }, 60_000);
});
