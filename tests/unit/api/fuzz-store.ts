import { tempStore, type SavedEnv } from "@/tests/unit/helpers/temp-store";

/*
 * What the in-process route fuzz files share: a temporary SQLite DATA_DIR (no DATABASE_URL,
 * sign-in not required) set up before the routes load, the session's CSRF token, one handler
 * type for every route, the per-route tallies the closing note reports, and the teardown.
 */

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
 * A fresh temporary store (tests/unit/helpers/temp-store.ts) with the per-route tallies;
 * `close` (in afterAll) prints them, then closes and deletes the store.
 */
export function fuzzStore(prefix: string, saved: SavedEnv) {
  const store = tempStore(prefix, saved);
  /** Cases run, and statuses seen, per route: the figures the closing note reports. */
  const counted: Record<string, number> = {};
  const statuses: Record<string, Record<number, number>> = {};
  return {
    counted,
    statuses,
    async close() {
      console.info(`route fuzz cases: ${JSON.stringify(counted)}; statuses: ${JSON.stringify(statuses)}`);
      await store.close();
    },
  };
}
