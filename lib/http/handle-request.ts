import { NextResponse, type NextRequest } from "next/server";
import { allowedMethods } from "./api-methods";
import { apiError } from "./api-error";
import { canonicalLocalePath } from "./canonical-locale-path";
import { clientKey, rateLimitConfig } from "./rate-limit-config";
import { createNonce, isHttps, securityHeaders } from "./security-headers";
import { createTokenBucket, type RateLimiter } from "./token-bucket";

/*
 * Everything proxy.ts does, in order: canonical locale redirects, 405 for methods an API
 * route does not answer, the per-client API rate limit (off unless configured), then the
 * page goes on with a fresh CSP nonce; every answer carries the security headers.
 */

export type ProxyEnv = Record<string, string | undefined>;

let limiter: { forEnv: string; limiter: RateLimiter | null } | null = null;

/** One limiter per process (the proxy runs in the server process); rebuilt if its settings change (tests). */
function rateLimiter(env: ProxyEnv): RateLimiter | null {
  const cfg = rateLimitConfig(env);
  const key = JSON.stringify(cfg);
  if (limiter?.forEnv !== key) {
    limiter = {
      forEnv: key,
      limiter: cfg.enabled ? createTokenBucket({ capacity: cfg.burst, refillPerSecond: cfg.perMinute / 60, maxClients: 50_000 }) : null,
    };
  }
  return limiter.limiter;
}

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

function withHeaders<R extends Response>(response: R, headers: Record<string, string>): R {
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

export function handleRequest(request: NextRequest, env: ProxyEnv = process.env, nowMs: number = Date.now()): Response {
  const url = request.nextUrl;
  const nonce = createNonce();
  const headers = securityHeaders({ nonce, dev: env.NODE_ENV === "development", https: isHttps(url, request.headers.get("x-forwarded-proto")) });

  const canonical = canonicalLocalePath(url.pathname);
  if (canonical !== null) {
    const target = url.clone();
    target.pathname = canonical;
    return withHeaders(NextResponse.redirect(target, 308), headers);
  }

  if (isApi(url.pathname)) {
    const allow = allowedMethods(url.pathname);
    if (allow !== null && !allow.includes(request.method.toUpperCase())) {
      return withHeaders(apiError("method-not-allowed", 405, { Allow: allow.join(", ") }), headers);
    }
    const rl = rateLimiter(env);
    if (rl !== null) {
      const taken = rl.take(clientKey(request.headers.get("x-forwarded-for")), nowMs);
      if (!taken.ok) return withHeaders(apiError("too-many-requests", 429, { "Retry-After": String(taken.retryAfterSeconds) }), headers);
    }
  }

  // Next takes the nonce from the request's CSP header and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  requestHeaders.set("x-nonce", nonce);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}
