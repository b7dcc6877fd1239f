import { NextResponse, type NextRequest } from "next/server";
import { allowedMethods } from "./api-methods";
import { apiError } from "./api-error";
import { rateLimitedAnswer, type HttpEnv } from "./api-rate-limit";
import { canonicalLocalePath } from "./canonical-locale-path";
import { createNonce, isHttps, securityHeaders } from "./security-headers";

/*
 * Everything proxy.ts does, in order: canonical locale redirects, 405 for methods an API
 * route does not answer, the per-client API rate limit (off unless configured), then the
 * request goes on with a fresh CSP nonce; every answer carries the security headers.
 * Routes that read a body are not behind the proxy (see BODY_ROUTES) and call
 * `guardBodyRoute` themselves.
 */

/**
 * API routes that read a request body. Next buffers the whole body of any request its
 * proxy runs on before the route sees it (to hand the proxy a copy), which would defeat the
 * route's streamed byte limit and body deadline; proxy.ts's matcher leaves these out.
 */
export const BODY_ROUTES = ["/api/recommend", "/api/demand"] as const;

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

export function withHeaders<R extends Response>(response: R, headers: Record<string, string>): R {
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

const headersFor = (url: URL, request: Request, env: HttpEnv, api: boolean) =>
  securityHeaders({ nonce: api ? null : createNonce(), dev: env.NODE_ENV === "development", https: isHttps(url, request.headers.get("x-forwarded-proto")) });

export function handleRequest(request: NextRequest, env: HttpEnv = process.env, nowMs: number = Date.now()): Response {
  const url = request.nextUrl;
  const api = isApi(url.pathname);
  const headers = headersFor(url, request, env, api);

  const canonical = canonicalLocalePath(url.pathname);
  if (canonical !== null) {
    const target = url.clone();
    target.pathname = canonical;
    return withHeaders(NextResponse.redirect(target, 308), headers);
  }

  if (api) {
    const allow = allowedMethods(url.pathname);
    if (allow !== null && !allow.includes(request.method.toUpperCase())) {
      return withHeaders(apiError("method-not-allowed", 405, { Allow: allow.join(", ") }), headers);
    }
    const limited = rateLimitedAnswer(request.headers, env, nowMs);
    if (limited) return withHeaders(limited, headers);
  }

  if (api) return withHeaders(NextResponse.next(), headers);
  // Next takes the nonce from the request's CSP header and puts it on its scripts.
  const csp = headers["Content-Security-Policy"]!;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-nonce", /'nonce-([^']+)'/.exec(csp)![1]!);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

/**
 * What the proxy would do for a body route, done by the route itself: the rate limit
 * first (null = go on), and `finish` to put the security headers on its answer.
 */
export function guardBodyRoute(request: Request, env: HttpEnv = process.env, nowMs: number = Date.now()) {
  const headers = headersFor(new URL(request.url), request, env, true);
  const finish = (response: Response) => withHeaders(response, headers);
  const limited = rateLimitedAnswer(request.headers, env, nowMs);
  return { refused: limited ? finish(limited) : null, finish };
}
