import { describe, expect, it } from "vitest";
import { serverTimeouts, unsupportedMethod } from "@/lib/http/node-guard";
import { NON_FETCH_METHOD_CASES, WRONG_METHOD_CASES } from "./refused-methods";

describe("unsupportedMethod (npm start's server, before Next)", () => {
  it.each<readonly [string | undefined, string, string]>([
    ...NON_FETCH_METHOD_CASES,
    ...WRONG_METHOD_CASES,
    ["TRACE", "/en", "GET, HEAD"],
    ["CONNECT", "/", "GET, HEAD"],
    [undefined, "/en", "GET, HEAD"],
  ])("%s %s → 405, Allow: %s, a JSON body without a stack", (method, path, allow) => {
    expect(unsupportedMethod(method, path)).toEqual({ status: 405, allow, body: '{"error":"method-not-allowed","issues":[]}' });
  });

  it.each([
    ["POST", "/api/recommend"],
    ["OPTIONS", "/api/recommend"],
    ["get", "/api/catalogue"],
    ["HEAD", "/api/catalogue"],
    ["GET", "/en"],
    ["POST", "/en"],
    ["PUT", "/api/nope"],
  ])("%s %s → Next answers", (method, path) => {
    expect(unsupportedMethod(method, path)).toBeNull();
  });
});

describe("serverTimeouts", () => {
  it("10 s for headers, 30 s for the whole request by default (Node's: 60 s, 300 s)", () => {
    expect(serverTimeouts({})).toEqual({ headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 });
  });
  it("reads HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS, keeping headers ≤ request", () => {
    expect(serverTimeouts({ HEADERS_TIMEOUT_MS: "5000", REQUEST_TIMEOUT_MS: "20000" })).toMatchObject({ headersTimeout: 5000, requestTimeout: 20000 });
    expect(serverTimeouts({ HEADERS_TIMEOUT_MS: "50000", REQUEST_TIMEOUT_MS: "20000" }).headersTimeout).toBe(20000);
    expect(serverTimeouts({ REQUEST_TIMEOUT_MS: "-1" }).requestTimeout).toBe(30_000);
  });
});
