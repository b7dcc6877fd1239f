import { describe, expect, it } from "vitest";
import { AnswerCache, answerCacheFor, answerCacheLimits, answerKey, rawAnswerKey, type AnswerKeyParts, type RawAnswerKeyParts } from "@/lib/api/answer-cache";
import { parseRecommendRequest } from "@/lib/api/recommend-request";
import { catalogue } from "@/lib/catalogue/catalogue";
import { makeCatalogue, makeOffer } from "@/tests/fixtures/builders";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

describe("AnswerCache: least recently used out, bounded in entries and bytes", () => {
  it("drops the least recently used entry past maxEntries; a read counts as a use", () => {
    const c = new AnswerCache({ maxEntries: 2, maxBytes: 1 << 20 });
    c.set("a", bytes(1));
    c.set("b", bytes(1));
    expect(c.get("a")).toBeDefined(); // a is now more recent than b
    c.set("c", bytes(1));
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBeDefined();
    expect(c.get("c")).toBeDefined();
    expect(c.size).toBe(2);
  });

  it("drops entries until the byte budget holds (keys count too), and never keeps one larger than it", () => {
    const c = new AnswerCache({ maxEntries: 100, maxBytes: 100 });
    c.set("a", bytes(40)); // 40 + 2
    c.set("b", bytes(40)); // 84 in all
    c.set("c", bytes(40)); // 126 → a goes
    expect(c.get("a")).toBeUndefined();
    expect([c.get("b"), c.get("c")].every((x) => x !== undefined)).toBe(true);
    expect(c.totalBytes).toBe(84);
    c.set("huge", bytes(200));
    expect(c.get("huge")).toBeUndefined();
    expect(c.size).toBe(2);
  });

  it("replacing a key replaces its bytes in the total", () => {
    const c = new AnswerCache({ maxEntries: 10, maxBytes: 1000 });
    c.set("k", bytes(100, 1));
    c.set("k", bytes(10, 2));
    expect(c.totalBytes).toBe(12);
    expect([...c.get("k")!]).toEqual(Array.from({ length: 10 }, () => 2));
  });

  it("an alias reads its target's bytes, counts only the two keys, and misses once the target has gone", () => {
    const shared = new AnswerCache({ maxEntries: 3, maxBytes: 1000 });
    shared.set("k", bytes(100, 7));
    shared.alias("raw", "k");
    expect(shared.get("raw")).toBe(shared.get("k"));
    expect(shared.totalBytes).toBe(102 + (3 + 1) * 2);
    const c = new AnswerCache({ maxEntries: 3, maxBytes: 1000 });
    c.set("k", bytes(100, 7));
    c.alias("raw", "k");
    c.set("a", bytes(1));
    c.set("b", bytes(1)); // k is the least recently used: it goes, raw stays
    expect(c.size).toBe(3);
    expect(c.get("k")).toBeUndefined();
    expect(c.get("raw")).toBeUndefined();
  });

  it("an alias of an alias is no answer", () => {
    const c = new AnswerCache({ maxEntries: 10, maxBytes: 1000 });
    c.set("k", bytes(1));
    c.alias("a", "k");
    c.alias("b", "a");
    expect(c.get("b")).toBeUndefined();
  });

  it("maxEntries 0 keeps nothing (the cache is off)", () => {
    const c = new AnswerCache({ maxEntries: 0, maxBytes: 1000 });
    c.set("a", bytes(1));
    expect(c.get("a")).toBeUndefined();
    expect(c.size).toBe(0);
  });
});

describe("answerKey: every input the answer depends on", () => {
  const parsed = parseRecommendRequest(structuredClone(CONTRACT_BODY), catalogue, { today: "2026-12-01" });
  if (!parsed.ok) throw new Error("the contract body must parse");
  const base: AnswerKeyParts = { request: parsed.value, catalogueVersion: "v1", referenceDate: "2026-12-01", locale: "en", fields: "full", hints: false };

  it.each<[string, Partial<AnswerKeyParts>]>([
    ["the language", { locale: "zh-HK" }],
    ["the fields", { fields: "summary" }],
    ["hints", { hints: true }],
    ["the reference date (today)", { referenceDate: "2026-12-02" }],
    ["the catalogue version", { catalogueVersion: "v2" }],
    ["the request", { request: { ...parsed.value, needs: { ...parsed.value.needs, gpuHoursPerMonth: 2001 } } }],
    ["the scoring method", { request: { ...parsed.value, method: "topsis" } }],
  ])("differs when %s differs", (_, change) => {
    expect(answerKey({ ...base, ...change })).not.toBe(answerKey(base));
  });

  it("is the same for the same question sent with its keys in another order or its defaults spelt out", () => {
    const reordered = Object.fromEntries(Object.entries(CONTRACT_BODY.needs).reverse());
    const again = parseRecommendRequest({ weights: CONTRACT_BODY.weights, needs: { ...reordered, multiNode: false }, method: "weighted-sum" }, catalogue, {
      today: "2026-12-01",
    });
    if (!again.ok) throw new Error("must parse");
    expect(answerKey({ ...base, request: again.value })).toBe(answerKey(base));
  });
});

describe("rawAnswerKey: the exact request text plus every other input the answer depends on", () => {
  const base: RawAnswerKeyParts = {
    catalogueVersion: "v1",
    referenceDate: "2026-12-01",
    locale: "en",
    fields: "standard",
    include: [],
    body: JSON.stringify(CONTRACT_BODY),
  };

  it.each<[string, Partial<RawAnswerKeyParts>]>([
    ["the language", { locale: "zh-HK" }],
    ["the fields", { fields: "full" }],
    ["include", { include: ["hints"] }],
    ["the reference date (today)", { referenceDate: "2026-12-02" }],
    ["the catalogue version", { catalogueVersion: "v2" }],
    ["the body's text, even by a space", { body: `${JSON.stringify(CONTRACT_BODY)} ` }],
  ])("differs when %s differs", (_, change) => {
    expect(rawAnswerKey({ ...base, ...change })).not.toBe(rawAnswerKey(base));
  });

  it("cannot be forged by moving text between components, and never equals a canonical key", () => {
    // The body follows a closed JSON array, so a component that ends like the next one begins changes the key.
    const a = rawAnswerKey({ ...base, catalogueVersion: 'v1","2026-12-01', referenceDate: "x" });
    const b = rawAnswerKey({ ...base, catalogueVersion: "v1", referenceDate: '2026-12-01","x' });
    expect(a).not.toBe(b);
    const parsed = parseRecommendRequest(structuredClone(CONTRACT_BODY), catalogue, { today: "2026-12-01" });
    if (!parsed.ok) throw new Error("the contract body must parse");
    const canonical = answerKey({ request: parsed.value, catalogueVersion: "v1", referenceDate: "2026-12-01", locale: "en", fields: "standard", hints: false });
    expect(rawAnswerKey(base)).not.toBe(canonical);
  });
});

describe("answerCacheLimits and answerCacheFor", () => {
  it("reads RECOMMEND_CACHE_ENTRIES and RECOMMEND_CACHE_MB, falling back on anything invalid", () => {
    expect(answerCacheLimits({})).toEqual({ maxEntries: 512, maxBytes: 32 * 1024 * 1024 });
    expect(answerCacheLimits({ RECOMMEND_CACHE_ENTRIES: "0", RECOMMEND_CACHE_MB: "4" })).toEqual({ maxEntries: 0, maxBytes: 4 * 1024 * 1024 });
    for (const bad of ["-1", "1.5", "lots", " ", "1e9"]) expect(answerCacheLimits({ RECOMMEND_CACHE_ENTRIES: bad }).maxEntries).toBe(512);
  });

  it("keeps one cache per catalogue object, so another catalogue never meets this one's answers", () => {
    const limits = { maxEntries: 10, maxBytes: 1 << 20 };
    const a = makeCatalogue({ offers: [makeOffer({ id: "x" })] });
    const b = makeCatalogue({ offers: [makeOffer({ id: "x" })] });
    answerCacheFor(a, limits).set("k", bytes(1));
    expect(answerCacheFor(a, limits).get("k")).toBeDefined();
    expect(answerCacheFor(b, limits).get("k")).toBeUndefined();
  });
});
