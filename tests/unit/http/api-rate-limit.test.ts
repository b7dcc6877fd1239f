import { describe, expect, it } from "vitest";
import { rateLimitedAnswer } from "@/lib/http/api-rate-limit";

/*
 * The per-client API budget the proxy and the body routes share (one limiter per process),
 * driven through its public answer: null to serve, or the 429 a client gets.
 */
const from = (ip: string) => new Headers({ "x-forwarded-for": ip });
const T0 = 1_700_000_000_000;

describe("rateLimitedAnswer", () => {
  it("is off on the embedded single-user setup: no answer is ever refused", () => {
    for (let i = 0; i < 500; i++) expect(rateLimitedAnswer(from("10.0.0.1"), {}, T0)).toBeNull();
    expect(rateLimitedAnswer(from("10.0.0.1"), { RATE_LIMIT: "0", DATABASE_URL: "postgres://x" }, T0)).toBeNull();
  });

  it("on, it serves a burst, then answers 429 with Retry-After and the API's error shape", async () => {
    const env = { RATE_LIMIT: "1", RATE_LIMIT_BURST: "3", RATE_LIMIT_PER_MINUTE: "30" };
    for (let i = 0; i < 3; i++) expect(rateLimitedAnswer(from("10.0.0.2"), env, T0)).toBeNull();
    const refused = rateLimitedAnswer(from("10.0.0.2"), env, T0);
    expect(refused?.status).toBe(429);
    // 30 a minute: the next request is allowed 2 s later.
    expect(refused?.headers.get("retry-after")).toBe("2");
    expect(refused?.headers.get("cache-control")).toBe("no-store");
    expect(await refused?.json()).toEqual({ error: "too-many-requests", issues: [] });
    // Another client has its own budget; the refused one gets one more request once a token refills.
    expect(rateLimitedAnswer(from("10.0.0.3"), env, T0)).toBeNull();
    expect(rateLimitedAnswer(from("10.0.0.2"), env, T0 + 1_000)?.status).toBe(429);
    expect(rateLimitedAnswer(from("10.0.0.2"), env, T0 + 2_000)).toBeNull();
    expect(rateLimitedAnswer(from("10.0.0.2"), env, T0 + 2_000)?.status).toBe(429);
  });

  it("is on by default for a shared deployment (DATABASE_URL set), with the documented burst of 30", () => {
    const env = { DATABASE_URL: "postgres://db/advisor" };
    let served = 0;
    while (rateLimitedAnswer(from("10.0.0.4"), env, T0) === null && served < 100) served++;
    expect(served).toBe(30);
  });

  it("counts a client by the last X-Forwarded-For hop (the one our proxy wrote), so a client cannot pick its own key", () => {
    const env = { RATE_LIMIT: "1", RATE_LIMIT_BURST: "1", RATE_LIMIT_PER_MINUTE: "1" };
    expect(rateLimitedAnswer(from("1.1.1.1, 10.0.0.5"), env, T0)).toBeNull();
    expect(rateLimitedAnswer(from("2.2.2.2, 10.0.0.5"), env, T0)?.status).toBe(429);
  });

  it("a change of settings starts a fresh limiter", () => {
    const tight = { RATE_LIMIT: "1", RATE_LIMIT_BURST: "1", RATE_LIMIT_PER_MINUTE: "1" };
    expect(rateLimitedAnswer(from("10.0.0.6"), tight, T0)).toBeNull();
    expect(rateLimitedAnswer(from("10.0.0.6"), tight, T0)?.status).toBe(429);
    const looser = { ...tight, RATE_LIMIT_BURST: "2" };
    expect(rateLimitedAnswer(from("10.0.0.6"), looser, T0)).toBeNull();
    expect(rateLimitedAnswer(from("10.0.0.6"), looser, T0)).toBeNull();
    expect(rateLimitedAnswer(from("10.0.0.6"), looser, T0)?.status).toBe(429);
  });
});
