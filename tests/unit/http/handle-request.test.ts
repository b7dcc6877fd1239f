import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { guardBodyRoute, handleRequest } from "@/lib/http/handle-request";
import { WRONG_METHOD_CASES } from "./refused-methods";

const req = (url: string, init: { method?: string; headers?: Record<string, string> } = {}) => new NextRequest(url, init);
const BASE = "http://localhost:3000";

describe("handleRequest (proxy.ts)", () => {
  it("lets a page through with a fresh CSP nonce on the request (for Next) and the response", () => {
    const a = handleRequest(req(`${BASE}/en`), {});
    const b = handleRequest(req(`${BASE}/en`), {});
    const csp = a.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(nonce).not.toBe(/'nonce-([^']+)'/.exec(b.headers.get("content-security-policy")!)![1]);
    // NextResponse.next() forwards overridden request headers as x-middleware-request-*.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(a.headers.get("x-frame-options")).toBe("DENY");
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS behind a TLS-terminating proxy", () => {
    const r = handleRequest(req(`${BASE}/en`, { headers: { "x-forwarded-proto": "https" } }), {});
    expect(r.headers.get("strict-transport-security")).toMatch(/max-age=/);
  });

  it.each([
    ["/zh-hk", "/zh-HK"],
    ["/EN?v=2&s=abc", "/en?v=2&s=abc"],
    ["/Zh-Cn/catalogue", "/zh-CN/catalogue"],
  ])("redirects %s to %s with 308 (query kept)", (from, to) => {
    const r = handleRequest(req(`${BASE}${from}`), {});
    expect(r.status).toBe(308);
    expect(r.headers.get("location")).toBe(`${BASE}${to}`);
    expect(r.headers.get("x-frame-options")).toBe("DENY");
  });

  it.each(WRONG_METHOD_CASES)("%s %s → 405 with Allow: %s, no-store, JSON without a stack", async (method, path, allow) => {
    const r = handleRequest(req(`${BASE}${path}`, { method }), {});
    expect(r.status).toBe(405);
    expect(r.headers.get("allow")).toBe(allow);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(await r.json()).toEqual({ error: "method-not-allowed", issues: [] });
  });

  it("API answers get the constant API policy, and no nonce is handed to Next", () => {
    const r = handleRequest(req(`${BASE}/api/catalogue`), {});
    expect(r.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    expect(r.headers.get("x-middleware-request-x-nonce")).toBeNull();
  });

  it("passes the methods a route answers", () => {
    expect(handleRequest(req(`${BASE}/api/recommend`, { method: "POST" }), {}).headers.get("x-middleware-next")).toBe("1");
    expect(handleRequest(req(`${BASE}/api/catalogue`, { method: "HEAD" }), {}).headers.get("x-middleware-next")).toBe("1");
  });

  it("rate limit off by default: 200 requests from one client all pass", () => {
    const statuses = new Set(Array.from({ length: 200 }, () => handleRequest(req(`${BASE}/api/catalogue`), {}, 0).status));
    expect(statuses).toEqual(new Set([200]));
  });

  it("rate limit on (RATE_LIMIT=1): a client past its burst gets 429 with Retry-After; another client and pages are unaffected", async () => {
    const env = { RATE_LIMIT: "1", RATE_LIMIT_BURST: "3", RATE_LIMIT_PER_MINUTE: "60" };
    const from = (ip: string, path = "/api/catalogue") => handleRequest(req(`${BASE}${path}`, { headers: { "x-forwarded-for": ip } }), env, 1_000);
    expect([1, 2, 3].map(() => from("203.0.113.1").status)).toEqual([200, 200, 200]);
    const refused = from("203.0.113.1");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(await refused.json()).toEqual({ error: "too-many-requests", issues: [] });
    expect(from("203.0.113.2").status).toBe(200);
    expect(from("203.0.113.1", "/en").status).toBe(200);
  });

  it("DATABASE_URL (a shared deployment) turns the limit on", () => {
    const env = { DATABASE_URL: "postgres://db/x", RATE_LIMIT_BURST: "1" };
    const from = () => handleRequest(req(`${BASE}/api/catalogue`, { headers: { "x-forwarded-for": "198.51.100.7" } }), env, 5_000).status;
    expect([from(), from()]).toEqual([200, 429]);
  });
});

describe("guardBodyRoute (the body routes' own proxy step)", () => {
  it("off by default: no refusal; finish adds the security headers", () => {
    const g = guardBodyRoute(new Request(`${BASE}/api/recommend`, { method: "POST" }), {});
    expect(g.refused).toBeNull();
    const r = g.finish(new Response("{}"));
    expect(r.headers.get("x-frame-options")).toBe("DENY");
    expect(r.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  });

  it("shares the API budget: a client past it gets 429 with Retry-After and the headers", () => {
    const env = { RATE_LIMIT: "1", RATE_LIMIT_BURST: "1", RATE_LIMIT_PER_MINUTE: "6" };
    const post = () => guardBodyRoute(new Request(`${BASE}/api/recommend`, { method: "POST", headers: { "x-forwarded-for": "192.0.2.50" } }), env, 9_000);
    expect(post().refused).toBeNull();
    const refused = post().refused!;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("10");
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
