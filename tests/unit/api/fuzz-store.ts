import { afterAll } from "vitest";
import { tempAdvisorStore } from "@/tests/fixtures/temp-advisor-store";

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
 * A fresh temporary store, sign-in not required (tests/fixtures/temp-advisor-store.ts closes
 * and deletes it after the file), with the per-route tallies, printed after the file's tests.
 */
export function fuzzStore(prefix: string) {
  tempAdvisorStore(prefix, { authRequired: "0" });
  /** Cases run, and statuses seen, per route: the figures the closing note reports. */
  const counted: Record<string, number> = {};
  const statuses: Record<string, Record<number, number>> = {};
  afterAll(() => console.info(`route fuzz cases: ${JSON.stringify(counted)}; statuses: ${JSON.stringify(statuses)}`));
  return { counted, statuses };
}
