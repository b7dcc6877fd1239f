import fc from "fast-check";
import { expect } from "vitest";

/*
 * Generated and mutated request bodies for the in-process route fuzz tests: wrong types, huge
 * and tiny numbers, deep nesting, unicode, __proto__/constructor keys, missing and extra
 * fields, text that is not JSON. One home, shared by every route's fuzz test.
 */
const BASE_KEYS = ["__proto__", "constructor", "prototype", "toString", "", "中文", "😀", "<script>"];

export const extremeNumber = fc.constantFrom(1e308, -1e308, 5e-324, 1e-320, -0, 0, 1, -1, 2 ** 53 + 1, 1e9, 1e12 + 1, 0.1 + 0.2, Number.MAX_SAFE_INTEGER, 1000);
const weirdString = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("", " ", "any", "hk-aiss", "zzz", "__proto__", "<img src=x onerror=alert(1)>", "1e308", "NaN", "Infinity", "\u0000", "\ud800", "中".repeat(70)));
const leaf = fc.oneof(extremeNumber, fc.double(), fc.integer(), weirdString, fc.boolean(), fc.constant(null));

/** Any JSON value, with the keys (`fieldKeys` + prototype and unicode keys) a handler might trip on. */
export function anyJsonWith(fieldKeys: readonly string[]): fc.Arbitrary<unknown> {
  const keys = [...fieldKeys, ...BASE_KEYS];
  return fc.letrec((tie) => ({
    value: fc.oneof({ maxDepth: 4, depthSize: "small" }, leaf, tie("array"), tie("object")),
    array: fc.array(tie("value"), { maxLength: 5 }),
    object: fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 6 }),
  })).value;
}

/** Nesting far deeper than any schema: [[[…]]] or {"<key>":{"<key>":…}}. */
const deep = (key: string) =>
  fc.tuple(fc.integer({ min: 50, max: 5000 }), fc.boolean()).map(([depth, arrays]) => (arrays ? "[".repeat(depth) + "]".repeat(depth) : `{"${key}":`.repeat(depth) + "1" + "}".repeat(depth)));

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

/** `base` with mutations at random places: a field changed, removed, or a key added. */
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

/**
 * Body texts for a route whose valid body is `base` and whose fields are named `fieldKeys`:
 * mostly `base` with 1–4 mutations (some stay valid), plus any JSON, deep nesting, binary
 * text and a few classic prototype-pollution bodies.
 */
export function bodyTexts(base: unknown, fieldKeys: readonly string[]): fc.Arbitrary<string> {
  const anyJson = anyJsonWith(fieldKeys);
  const keys = [...fieldKeys, ...BASE_KEYS];
  const top = fieldKeys[0] ?? "a";
  const mutation = fc.record({ kind: fc.constantFrom("set" as const, "delete" as const, "extra" as const), at: fc.nat(), value: anyJson, key: fc.constantFrom(...keys) });
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => JSON.stringify(mutate(base, ms)) ?? "null") },
    { weight: 2, arbitrary: anyJson.map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: anyJson.map((v) => JSON.stringify({ [top]: v, [fieldKeys[1] ?? "b"]: v })) },
    { weight: 1, arbitrary: deep(top) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constantFrom("", "{", "null", "[]", "{}", `{"${top}":{}}`, `{"__proto__":{"polluted":1},"${top}":{}}`, '{"constructor":{"prototype":{"polluted":1}}}') },
  );
}

/** The field names of a body carrying needs (a scenario, an intake submission) that mutations aim at. */
export const NEEDS_KEYS = ["needs", "workload", "gpuHoursPerMonth", "durationMonths", "accelerator", "model", "priceOverrides", "subsidies", "tools", "startBy"];

export const LANG = fc.constantFrom(undefined, "zh-HK", "zh-CN,zh;q=0.9", "*", "en-US;q=0.1");

/** What an error answer must never contain: a stack frame, a module or machine path, an Error's text. */
export const LEAK = /\n\s+at |node_modules|\/work\/|[A-Za-z]:\\|\.tsx?:\d|Error:/;

/** A 400 answer's body: `invalid-request` with at least one issue, each naming its path and field with a message. */
export function expectFieldIssues(body: Record<string, unknown>): void {
  expect(body.error).toBe("invalid-request");
  const issues = body.issues as { path: unknown; field: unknown; message: string }[];
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(typeof i.path).toBe("string");
    expect(typeof i.field).toBe("string");
    expect(i.message.length).toBeGreaterThan(0);
  }
}
