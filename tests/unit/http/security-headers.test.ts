import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isHttps, securityHeaders } from "@/lib/http/security-headers";

const directives = (csp: string) => new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));

describe("contentSecurityPolicy", () => {
  it("production: nonce + strict-dynamic for scripts, no unsafe-eval, no unsafe-inline script or style element", () => {
    const d = directives(contentSecurityPolicy("abc123==", false));
    expect(d.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(d.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(contentSecurityPolicy("x", false)).not.toMatch(/unsafe-eval/);
  });

  it("development adds unsafe-eval (React's dev tooling) and inline style elements", () => {
    const d = directives(contentSecurityPolicy("n", true));
    expect(d.get("script-src")).toContain("'unsafe-eval'");
    expect(d.get("style-src")).toContain("'unsafe-inline'");
  });
});

describe("securityHeaders", () => {
  it("sends the framing, sniffing, referrer and feature headers", () => {
    const h = securityHeaders({ nonce: "n", dev: false, https: false });
    expect(h).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
    expect(h["Permissions-Policy"]).toMatch(/camera=\(\)/);
    expect(h["Strict-Transport-Security"]).toBeUndefined();
  });

  it("adds HSTS only over HTTPS", () => {
    expect(securityHeaders({ nonce: "n", dev: false, https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
  });
});

describe("isHttps", () => {
  it.each([
    ["https://a.test/", null, true],
    ["http://a.test/", "https", true],
    ["http://a.test/", "HTTPS, http", true],
    ["http://a.test/", "http, https", false],
    ["http://a.test/", null, false],
  ] as const)("%s with X-Forwarded-Proto %s → %s", (url, proto, expected) => {
    expect(isHttps(new URL(url), proto)).toBe(expected);
  });
});

describe("createNonce", () => {
  it("is 128 bits of base64, fresh each time", () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(Buffer.from(n, "base64").length).toBe(16);
  });
});

describe("API answers", () => {
  it("get a constant policy that lets nothing load or frame them (no nonce to make)", () => {
    const h = securityHeaders({ nonce: null, dev: false, https: false });
    expect(h["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    expect(h["X-Frame-Options"]).toBe("DENY");
  });
});
