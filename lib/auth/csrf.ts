import { timingSafeEqual } from "node:crypto";

export const CSRF_HEADER = "x-csrf-token";

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * CSRF defence for every mutating route, in layers: the browser's Fetch-Metadata
 * (`Sec-Fetch-Site` must be same-origin when sent), the `Origin` host must be ours when sent,
 * and the `x-csrf-token` header must equal the token sealed in the session cookie (a page on
 * another site can neither read that token nor send a custom header without a CORS preflight,
 * which we never grant).
 */
export function csrfOk(request: Request, sessionToken: string | undefined): boolean {
  if (!sameOriginRequest(request)) return false;
  const sent = request.headers.get(CSRF_HEADER);
  return Boolean(sessionToken && sent && sameToken(sent, sessionToken));
}

/** The browser-side half of the check: Fetch-Metadata and Origin, when the browser sends them. */
export function sameOriginRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return false;
    }
    if (!host || originHost !== host.split(",")[0]!.trim()) return false;
  }
  return true;
}
