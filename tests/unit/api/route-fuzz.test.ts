import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/recommend/route";
import { GET } from "@/app/api/catalogue/route";
import { CATALOGUE_ETAG } from "@/lib/api/catalogue-response";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";
import { bodyTexts, expectFieldIssues, LANG, LEAK } from "./fuzz-bodies";

/*
 * Fuzzing every route handler in process: generated and mutated bodies (wrong types, huge and
 * tiny numbers, deep nesting, unicode, __proto__/constructor keys, missing and extra fields,
 * text that is not JSON). Every answer must be a 2xx or a 4xx with field errors — never a
 * 5xx, a throw, an unhandled rejection, a stack trace or a file path. The number of cases run
 * per route is counted and must reach RUNS.
 */
const RUNS = 2000;
const counted = { recommend: 0, catalogue: 0 };
const statuses: Record<number, number> = {};

const KEYS = ["needs", "weights", "method", "workload", "gpuHoursPerMonth", "durationMonths", "accelerator", "model", "priceOverrides", "subsidies", "tools"];
const bodyText = bodyTexts(CONTRACT_BODY, KEYS);

const QUERY = fc.constantFrom("", "?fields=summary", "?fields=full", "?fields=<b>", "?lang=zh-HK", "?lang=zh-CN&fields=summary", "?lang=xx", "?include=hints", "?include=<b>,hints", "?fields=summary&include=hints");

afterAll(() => {
  // The figure the closing note reports: cases run per route in this run.
  console.info(`route fuzz cases: ${JSON.stringify(counted)}; recommend statuses: ${JSON.stringify(statuses)}`);
});

describe("route handlers under fuzzing (in process)", () => {
  it(`POST /api/recommend: ${RUNS}+ generated and mutated bodies → 200 or 4xx with field errors, never 5xx`, async () => {
    await fc.assert(
      fc.asyncProperty(bodyText, QUERY, LANG, async (text, query, lang) => {
        counted.recommend++;
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (lang) headers["accept-language"] = lang;
        const res = await POST(new Request(`http://localhost/api/recommend${query}`, { method: "POST", body: text, headers }));
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        expect(res.status).toBeLessThan(500);
        const raw = await res.text();
        expect(raw).not.toMatch(LEAK);
        const body = JSON.parse(raw) as Record<string, unknown>;
        expect(res.headers.get("cache-control")).toBe("no-store");
        if (res.status === 200) {
          const ranked = body.ranked as { total: number; costHKD: number; factors: Record<string, number> }[];
          for (const r of ranked) {
            expect(r.total).toBeGreaterThanOrEqual(0);
            expect(r.total).toBeLessThanOrEqual(100);
            expect(Number.isFinite(r.costHKD) && r.costHKD >= 0).toBe(true);
          }
          return;
        }
        expect([400, 413]).toContain(res.status);
        if (res.status === 400) {
          expectFieldIssues(body);
        }
      }),
      { numRuns: RUNS, seed: 20261203 },
    );
    // Nothing leaked into the prototypes.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(counted.recommend).toBeGreaterThanOrEqual(RUNS);
    // Not vacuous: the mutations leave some bodies valid, and most are refused with field errors.
    expect(statuses[200] ?? 0).toBeGreaterThan(RUNS / 50);
    expect(statuses[400] ?? 0).toBeGreaterThan(RUNS / 2);
  }, 120_000);

  it(`GET /api/catalogue: ${RUNS}+ generated queries and validators → 200 or 304, never anything else`, async () => {
    const token = fc.oneof(fc.constant(CATALOGUE_ETAG), fc.constant(`W/${CATALOGUE_ETAG}`), fc.constant("*"), fc.string({ unit: fc.constantFrom(..."\"W/,-_ abc019*".split("")), maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 4 }), fc.string({ unit: fc.constantFrom(..."abc=&?%20<>\"'".split("")), maxLength: 30 }), async (tokens, query) => {
        counted.catalogue++;
        const headers: Record<string, string> = tokens.length > 0 ? { "if-none-match": tokens.join(", ") } : {};
        const res = GET(new Request(`http://localhost/api/catalogue?${encodeURI(query)}`, { headers }));
        expect([200, 304]).toContain(res.status);
        expect(res.headers.get("etag")).toBe(CATALOGUE_ETAG);
        if (res.status === 200) expect((JSON.parse(await res.text()) as { offers: unknown[] }).offers.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: 20261203 },
    );
    expect(counted.catalogue).toBeGreaterThanOrEqual(RUNS);
  }, 60_000);
});
