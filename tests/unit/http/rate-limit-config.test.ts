import { describe, expect, it } from "vitest";
import { clientKey, rateLimitConfig } from "@/lib/http/rate-limit-config";

describe("rateLimitConfig", () => {
  it("is off on the embedded single-user setup (no DATABASE_URL, no RATE_LIMIT)", () => {
    expect(rateLimitConfig({})).toEqual({ enabled: false });
  });
  it("is on for a shared deployment (DATABASE_URL set), with the defaults", () => {
    expect(rateLimitConfig({ DATABASE_URL: "postgres://x" })).toEqual({ enabled: true, perMinute: 120, burst: 30 });
  });
  it("RATE_LIMIT=1 forces it on, RATE_LIMIT=0 off", () => {
    expect(rateLimitConfig({ RATE_LIMIT: "1", RATE_LIMIT_PER_MINUTE: "600", RATE_LIMIT_BURST: "5" })).toEqual({ enabled: true, perMinute: 600, burst: 5 });
    expect(rateLimitConfig({ RATE_LIMIT: "0", DATABASE_URL: "postgres://x" })).toEqual({ enabled: false });
  });
  it.each([{ RATE_LIMIT: "yes" }, { RATE_LIMIT: "1", RATE_LIMIT_BURST: "0" }, { RATE_LIMIT: "1", RATE_LIMIT_PER_MINUTE: "1.5" }])("refuses %o at start-up", (env) => {
    expect(() => rateLimitConfig(env)).toThrow();
  });
});

describe("clientKey", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["198.51.100.1, 203.0.113.9", "203.0.113.9"],
    [" , ", "unknown"],
    [null, "unknown"],
  ] as const)("X-Forwarded-For %s → %s (the hop the nearest proxy saw)", (xff, key) => {
    expect(clientKey(xff)).toBe(key);
  });
});
