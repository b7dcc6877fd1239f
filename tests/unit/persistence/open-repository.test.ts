import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openRepository, repository } from "@/lib/persistence/open-repository";
import { persistenceConfig } from "@/lib/persistence/persistence-config";
import type { Repository } from "@/lib/persistence/repository";
import { dropTestDatabases, freshDatabase, PG_URL } from "./postgres-test-db";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "ca-open-repo-"));
  dirs.push(dir);
  return dir;
};
const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
const holder = globalThis as unknown as { __computeAdvisorRepository?: Promise<unknown> };

afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  holder.__computeAdvisorRepository = undefined;
});

afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  if (PG_URL) await dropTestDatabases();
});

/** Opens the store `env` configures, expects its dialect and a consultation written to read back, and closes it. */
async function expectWorkingStore(env: Record<string, string>, dialect: Repository["dialect"], client: string) {
  const repo = await openRepository(persistenceConfig(env));
  try {
    expect(repo.dialect).toBe(dialect);
    const c = await repo.createConsultation({ client });
    expect((await repo.getConsultation(c.id))?.client).toBe(client);
  } finally {
    await repo.close();
  }
}

describe("openRepository", () => {
  it("opens (creating and migrating) SQLite under DATA_DIR when no DATABASE_URL is set", async () => {
    const dataDir = join(tempDir(), "nested", "data");
    await expectWorkingStore({ DATA_DIR: dataDir }, "sqlite", "Open Ltd");
    // The data is in the file: a second open sees it.
    const again = await openRepository(persistenceConfig({ DATA_DIR: dataDir }));
    try {
      expect((await again.listConsultations()).map((c) => c.client)).toEqual(["Open Ltd"]);
    } finally {
      await again.close();
    }
  });

  it.runIf(PG_URL)("opens PostgreSQL when DATABASE_URL is set", async () => {
    await expectWorkingStore({ DATA_DIR: tempDir(), DATABASE_URL: await freshDatabase() }, "postgres", "Shared Ltd");
  });
});

describe("repository (the process-wide one)", () => {
  it("opens the configured store once and hands every caller the same one", async () => {
    process.env.DATA_DIR = tempDir();
    delete process.env.DATABASE_URL;
    const first = repository();
    expect(repository()).toBe(first);
    const repo = await first;
    expect(repo.dialect).toBe("sqlite");
    await repo.close();
  });

  it("forgets a failed open, so the next request tries again", async () => {
    // Nothing listens on port 1: the open (and its migration) fails.
    process.env.DATABASE_URL = "postgres://nobody@127.0.0.1:1/none";
    const failed = repository();
    await expect(failed).rejects.toThrow();
    process.env.DATA_DIR = tempDir();
    delete process.env.DATABASE_URL;
    const retried = repository();
    expect(retried).not.toBe(failed);
    const repo = await retried;
    expect(repo.dialect).toBe("sqlite");
    await repo.close();
  });
});
