import { describe, expect, it } from "vitest";
import { csrfOk, sameOriginRequest } from "@/lib/auth/csrf";

const req = (headers: Record<string, string>) =>
  new Request("http://advisor.example/api/consultations", { method: "POST", headers: { host: "advisor.example", ...headers } });

describe("csrfOk", () => {
  const token = "t".repeat(43);
  it.each([
    ["the right token, same origin", { "x-csrf-token": token, origin: "http://advisor.example", "sec-fetch-site": "same-origin" }, true],
    ["the right token, no browser headers (a script)", { "x-csrf-token": token }, true],
    ["no token", { origin: "http://advisor.example" }, false],
    ["a wrong token", { "x-csrf-token": "x".repeat(43) }, false],
    ["a token of another length", { "x-csrf-token": "short" }, false],
    ["the right token from another site", { "x-csrf-token": token, origin: "https://evil.example" }, false],
    ["the right token, cross-site fetch metadata", { "x-csrf-token": token, "sec-fetch-site": "cross-site" }, false],
    ["a malformed Origin", { "x-csrf-token": token, origin: "::" }, false],
  ])("%s → %s", (_label, headers, ok) => {
    expect(csrfOk(req(headers), token)).toBe(ok);
  });

  it("refuses everything when the session has no token", () => {
    expect(csrfOk(req({ "x-csrf-token": "" }), undefined)).toBe(false);
    expect(csrfOk(req({ "x-csrf-token": "abc" }), undefined)).toBe(false);
  });

  it("behind a proxy, compares the Origin with X-Forwarded-Host", () => {
    expect(sameOriginRequest(req({ origin: "https://public.example", "x-forwarded-host": "public.example" }))).toBe(true);
    expect(sameOriginRequest(req({ origin: "https://public.example" }))).toBe(false);
  });
});
