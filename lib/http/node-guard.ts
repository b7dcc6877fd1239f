import { allowedMethods } from "./api-methods";

/**
 * Methods Next's request pipeline can represent. Anything else (TRACE, CONNECT, TRACK,
 * WebDAV verbs…) makes Next throw while building its Request, which it answers with a 500
 * and a logged stack trace; the server (serve.ts) answers those itself with 405.
 */
const NEXT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"]);

export type GuardAnswer = { status: 405; allow: string; body: string };

/**
 * The 405 for a method Next cannot handle, or that an API route does not answer (Next's own
 * 405 has no `Allow`), or null to let Next answer. `Allow` is the route's list (pages: GET, HEAD).
 */
export function unsupportedMethod(method: string | undefined, pathname: string): GuardAnswer | null {
  const m = (method ?? "").toUpperCase();
  const api = allowedMethods(pathname);
  if (api === null ? NEXT_METHODS.has(m) : api.includes(m)) return null;
  return { status: 405, allow: (api ?? ["GET", "HEAD"]).join(", "), body: JSON.stringify({ error: "method-not-allowed", issues: [] }) };
}

/**
 * Node's HTTP timeouts for `npm start` (README → Configuration): the whole header block
 * within HEADERS_TIMEOUT_MS (default 10 s), the whole request (headers + body) within
 * REQUEST_TIMEOUT_MS (default 30 s), idle keep-alive sockets closed after 5 s. Node's own
 * defaults are 60 s and 300 s, which let a slow sender hold a connection for 5 minutes.
 */
export function serverTimeouts(env: Record<string, string | undefined>) {
  const ms = (raw: string | undefined, fallback: number) => {
    const n = Number(raw ?? "");
    return Number.isInteger(n) && n >= 100 && n <= 3_600_000 ? n : fallback;
  };
  const requestTimeout = ms(env.REQUEST_TIMEOUT_MS, 30_000);
  // Node requires headersTimeout ≤ requestTimeout.
  const headersTimeout = Math.min(ms(env.HEADERS_TIMEOUT_MS, 10_000), requestTimeout);
  return { headersTimeout, requestTimeout, keepAliveTimeout: 5_000 };
}
