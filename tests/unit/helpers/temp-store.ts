import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The environment an in-process route test changes, saved in its `vi.hoisted` block before anything loads. */
export type SavedEnv = { DATA_DIR: string | undefined; DATABASE_URL: string | undefined; AUTH_REQUIRED: string | undefined };

/**
 * Points the app at a fresh temporary SQLite store (DATA_DIR, no DATABASE_URL, sign-in as
 * `authRequired` says): call at module level, before any route or repository loads. `close`
 * (in afterAll) closes the process-wide repository, deletes the store and puts the saved
 * environment back.
 */
export function tempStore(prefix: string, saved: SavedEnv, authRequired: "0" | "1" = "0") {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  process.env.AUTH_REQUIRED = authRequired;
  return {
    dataDir,
    async close() {
      const { repository } = await import("@/lib/persistence/open-repository");
      const repo = (await repository()) as { close?: () => Promise<void> | void };
      await repo.close?.();
      rmSync(dataDir, { recursive: true, force: true });
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    },
  };
}
