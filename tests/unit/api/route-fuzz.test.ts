import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/recommend/route";
import { GET } from "@/app/api/catalogue/route";
import { CATALOGUE_ETAG } from "@/lib/api/catalogue-response";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";

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

const KEYS = ["needs", "weights", "method", "workload", "gpuHoursPerMonth", "durationMonths", "accelerator", "model", "priceOverrides", "subsidies", "tools", "__proto__", "constructor", "prototype", "toString", "", "中文", "😀", "<script>"];
const extremeNumber = fc.constantFrom(1e308, -1e308, 5e-324, 1e-320, -0, 0, 1, -1, 2 ** 53 + 1, 1e9, 1e12 + 1, 0.1 + 0.2, Number.MAX_SAFE_INTEGER, 1000);
const weirdString = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("", " ", "any", "hk-aiss", "zzz", "__proto__", "<img src=x onerror=alert(1)>", "1e308", "NaN", "Infinity", "\u0000", "\ud800", "中".repeat(70)));
const leaf = fc.oneof(extremeNumber, fc.double(), fc.integer(), weirdString, fc.boolean(), fc.constant(null));

/** Any JSON value, with the keys a handler might trip on. */
const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 4, depthSize: "small" }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 6 }),
})).value;

/** Nesting far deeper than any schema: [[[…]]] or {"needs":{"needs":…}}. */
const deep = fc.tuple(fc.integer({ min: 50, max: 5000 }), fc.boolean()).map(([depth, arrays]) => (arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"needs":'.repeat(depth) + "1" + "}".repeat(depth)));

/** Every path to a value inside an object or array. */
function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== "object") return [prefix];
  // Array.from, not v.map: a mutation may have given the array its own "constructor" key.
  const entries: (readonly [string | number, unknown])[] = Array.isArray(v) ? Array.from(v.keys(), (i) => [i, v[i]] as const) : Object.entries(v);
  const out: (string | number)[][] = [prefix];
  for (const [k, x] of entries) out.push(...paths(x, [...prefix, k]));
  return out;
}

type Mutation = { kind: "set" | "delete" | "extra"; at: number; value: unknown; key: string };
const mutation = fc.record({ kind: fc.constantFrom("set" as const, "delete" as const, "extra" as const), at: fc.nat(), value: anyJson, key: fc.constantFrom(...KEYS) });

/** The contract body with 1–4 mutations at random places: a field changed, removed, or a key added. */
function mutate(base: unknown, ms: Mutation[]): unknown {
  const body = structuredClone(base) as Record<string | number, unknown>;
  for (const m of ms) {
    const all = paths(body);
    const path = all[m.at % all.length]!;
    if (path.length === 0) continue;
    const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], body) as Record<string | number, unknown>;
    const key = path.at(-1)!;
    if (m.kind === "set") parent[key] = m.value;
    else if (m.kind === "delete") delete parent[key];
    else if (typeof parent[key] === "object" && parent[key] !== null) Object.defineProperty(parent[key], m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
  }
  return body;
}

const bodyText = fc.oneof(
  { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => JSON.stringify(mutate(CONTRACT_BODY, ms)) ?? "null") },
  { weight: 2, arbitrary: anyJson.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: anyJson.map((v) => JSON.stringify({ needs: v, weights: v })) },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "{", "null", "[]", "{}", '{"needs":{}}', '{"__proto__":{"polluted":1},"needs":{}}', '{"constructor":{"prototype":{"polluted":1}}}') },
);

const QUERY = fc.constantFrom("", "?fields=summary", "?fields=full", "?fields=<b>", "?lang=zh-HK", "?lang=zh-CN&fields=summary", "?lang=xx");
const LANG = fc.constantFrom(undefined, "zh-HK", "zh-CN,zh;q=0.9", "*", "en-US;q=0.1");

const LEAK = /\n\s+at |node_modules|\/work\/|[A-Za-z]:\\|\.tsx?:\d|Error:/;

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
          expect(body.error).toBe("invalid-request");
          const issues = body.issues as { path: string; field: string; message: string }[];
          expect(issues.length).toBeGreaterThan(0);
          for (const i of issues) {
            expect(typeof i.path).toBe("string");
            expect(typeof i.field).toBe("string");
            expect(i.message.length).toBeGreaterThan(0);
          }
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
