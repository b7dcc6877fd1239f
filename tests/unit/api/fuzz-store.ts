import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/*
 * What the in-process route fuzz files share: a temporary SQLite DATA_DIR (no DATABASE_URL,
 * sign-in not required) set up before the routes load, the session's CSRF token, one handler
 * type for every route, the per-route tallies the closing note reports, and the teardown.
 */

/** The environment a fuzz file changes, saved in its `vi.hoisted` block before anything loads. */
export const FUZZ_ENV_KEYS = ["DATA_DIR", "DATABASE_URL", "AUTH_REQUIRED"] as const;
export type SavedEnv = Record<(typeof FUZZ_ENV_KEYS)[number], string | undefined>;

/** Cases per route. */
export const RUNS = 2000;
export const FUZZ_CSRF = "fuzz-csrf-token-0123456789abcdef";

// Each route types its own params; `never` lets one signature stand for all of them.
export type Handler = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;

/** The request to a route handler, with the path parameters it would get from the URL. */
export function handle(handler: Handler, request: Request, params: Record<string, string>): Promise<Response> {
  return handler(request, { params: Promise.resolve(params) as Promise<never> });
}

/** A route handler, named by method and path, loaded from its module when its case runs. */
export function routeOf<M extends string>(method: M, path: string, module: () => Promise<Partial<Record<M, unknown>>>) {
  return { name: `${method} ${path}`, method, load: async () => (await module())[method] as Handler };
}

/**
 * Points the app at a fresh temporary store (call at module level, before any route loads);
 * `close` (in afterAll) prints the tallies, closes the repository, deletes the store and puts
 * the saved environment back.
 */
export function fuzzStore(prefix: string, saved: SavedEnv) {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  process.env.AUTH_REQUIRED = "0";
  /** Cases run, and statuses seen, per route: the figures the closing note reports. */
  const counted: Record<string, number> = {};
  const statuses: Record<string, Record<number, number>> = {};
  return {
    counted,
    statuses,
    async close() {
      console.info(`route fuzz cases: ${JSON.stringify(counted)}; statuses: ${JSON.stringify(statuses)}`);
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
