import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { openPostgresRepository } from "@/lib/persistence/postgres/postgres-repository";
import type { Repository } from "@/lib/persistence/repository";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";
import { dropTestDatabases, freshDatabase, PG_URL } from "./postgres-test-db";

const dir = mkdtempSync(join(tmpdir(), "ca-crash-"));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

/** How many committed scenarios to wait for before the kill. */
const KILL_AFTER = 25;

/** Runs the writer, SIGKILLs it after KILL_AFTER commits, and returns the ids it reported committed. */
function writeUntilKilled(env: Record<string, string>): Promise<{ committed: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", join(process.cwd(), "tests/unit/persistence/crash-writer.ts")],
      {
        cwd: process.cwd(),
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const committed: string[] = [];
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line === "ready") return;
      committed.push(line);
      // Mid-stream: the writer is inside its next transaction when the signal lands.
      if (committed.length === KILL_AFTER) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) =>
      committed.length >= KILL_AFTER ? resolve({ committed, signal }) : reject(new Error(`writer exited early: ${stderr}`)),
    );
  });
}

async function checkSurvivors(repo: Repository, consultationId: string, committed: string[]) {
  const stored = await repo.listScenarios(consultationId);
  const ids = new Set(stored.map((s) => s.id));
  expect(committed.filter((id) => !ids.has(id))).toEqual([]);
  // At most the one transaction in flight when killed may have committed without being reported.
  expect(stored.length - committed.length).toBeLessThanOrEqual(1);
  // Every stored scenario is whole: its frozen result reads back and validates.
  for (const s of stored) expect(s.snapshot.result.ranked.length + s.snapshot.result.excluded.length).toBeGreaterThan(0);
  expect(stored.map((s) => s.position)).toEqual(stored.map((_, i) => i));
}

describe("a writer killed with SIGKILL mid-stream", () => {
  it("SQLite reopens with every committed scenario", async () => {
    const file = join(dir, "crash.db");
    const setup = openSqliteRepository({ file });
    const c = await setup.createConsultation({ client: "Crash" });
    await setup.close();
    const { committed, signal } = await writeUntilKilled({ CRASH_SQLITE_FILE: file, CRASH_CONSULTATION_ID: c.id });
    expect(signal).toBe("SIGKILL");
    const reopened = openSqliteRepository({ file });
    try {
      expect(reopened.raw.pragma("integrity_check", { simple: true })).toBe("ok");
      await checkSurvivors(reopened, c.id, committed);
    } finally {
      await reopened.close();
    }
  }, 60_000);

  it.skipIf(!PG_URL)(
    "PostgreSQL keeps every committed scenario",
    async () => {
      const url = await freshDatabase();
      const setup = await openPostgresRepository({ url, poolSize: 1 });
      const c = await setup.createConsultation({ client: "Crash" });
      await setup.close();
      const { committed, signal } = await writeUntilKilled({ CRASH_DATABASE_URL: url, CRASH_CONSULTATION_ID: c.id });
      expect(signal).toBe("SIGKILL");
      const reopened = await openPostgresRepository({ url, poolSize: 1 });
      try {
        await checkSurvivors(reopened, c.id, committed);
      } finally {
        await reopened.close();
      }
    },
    60_000,
  );
});
