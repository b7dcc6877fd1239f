import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/recommend/route";
import { answerCacheFor, answerCacheLimits } from "@/lib/api/answer-cache";
import { recommendResponse } from "@/lib/api/recommend-response";
import { catalogue } from "@/lib/catalogue/catalogue";
import { normaliseWeights } from "@/lib/domain/factors";
import { recommend } from "@/lib/domain/scoring/recommend";
import { makeNeeds } from "@/tests/fixtures/builders";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";

// "Today" in Hong Kong, changeable per test: the answer (and so the cache key) depends on it.
const today = vi.hoisted(() => ({ value: "2026-12-01" }));
vi.mock("@/lib/domain/hong-kong-date", () => ({ hongKongDate: () => today.value }));

const cache = answerCacheFor(catalogue, answerCacheLimits(process.env));

const post = async (body: unknown, query = "") => {
  const res = await POST(
    new Request(`http://localhost/api/recommend${query}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  );
  return { status: res.status, type: res.headers.get("content-type"), cacheControl: res.headers.get("cache-control"), text: await res.text() };
};

const withNeeds = (edit: Record<string, unknown>) => ({ ...CONTRACT_BODY, needs: { ...CONTRACT_BODY.needs, ...edit } });

afterEach(() => {
  today.value = "2026-12-01";
});

describe("POST /api/recommend: repeated questions are answered from the answer cache", () => {
  it("answers a repeat with the very bytes of the first (computed) answer, which equal a fresh engine run", async () => {
    const body = withNeeds({ gpuHoursPerMonth: 1234 });
    const before = cache.size;
    const first = await post(body);
    // The answer under its validated key, and the request's exact text as an alias of it.
    expect(cache.size).toBe(before + 2);
    const second = await post(body);
    expect(cache.size).toBe(before + 2);
    expect(second).toEqual(first);
    expect(first).toMatchObject({ status: 200, type: "application/json", cacheControl: "no-store" });
    const needs = makeNeeds(body.needs as Parameters<typeof makeNeeds>[0]);
    const fresh = recommendResponse(recommend(needs, normaliseWeights(CONTRACT_BODY.weights), catalogue, { referenceDate: "2026-12-01" }), "en");
    expect(JSON.parse(second.text)).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it("treats the same question with its keys reordered as a repeat", async () => {
    const body = withNeeds({ gpuHoursPerMonth: 1235 });
    const first = await post(body);
    const size = cache.size;
    const reordered = { weights: body.weights, needs: Object.fromEntries(Object.entries(body.needs).reverse()) };
    expect(await post(reordered)).toEqual(first);
    // One more key (the new text's alias), no new answer.
    expect(cache.size).toBe(size + 1);
    expect(await post(reordered)).toEqual(first);
    expect(cache.size).toBe(size + 1);
  });

  it("answers the same text, the same question written differently, and a fresh computation with the same bytes", async () => {
    const body = withNeeds({ gpuHoursPerMonth: 1240 });
    const postText = async (text: string, query = "") =>
      (await POST(new Request(`http://localhost/api/recommend${query}`, { method: "POST", body: text, headers: { "content-type": "application/json" } }))).text();
    const computed = await postText(JSON.stringify(body));
    const byText = await postText(JSON.stringify(body));
    const byMeaning = await postText(JSON.stringify(body, null, 2));
    expect(byText).toBe(computed);
    expect(byMeaning).toBe(computed);
    const fresh = recommendResponse(
      recommend(makeNeeds(body.needs as Parameters<typeof makeNeeds>[0]), normaliseWeights(CONTRACT_BODY.weights), catalogue, { referenceDate: "2026-12-01" }),
      "en",
    );
    expect(computed).toBe(JSON.stringify(fresh));
  });

  it("judges a repeated text by today's date: once its start date has passed, the same bytes get a 400", async () => {
    const body = withNeeds({ gpuHoursPerMonth: 1241, startBy: "2026-12-05" });
    expect((await post(body)).status).toBe(200);
    today.value = "2026-12-06";
    const late = await post(body);
    expect(late.status).toBe(400);
    expect(late.text).toContain("startBy");
  });

  it("keeps answers apart by language, fields and hints", async () => {
    const body = withNeeds({ gpuHoursPerMonth: 1236 });
    const en = JSON.parse((await post(body)).text) as { locale: string; excluded: { reasons: { text: string }[] }[] };
    const zh = JSON.parse((await post(body, "?lang=zh-HK")).text) as typeof en;
    expect([en.locale, zh.locale]).toEqual(["en", "zh-HK"]);
    expect(zh.excluded[0]!.reasons[0]!.text).not.toBe(en.excluded[0]!.reasons[0]!.text);
    const summary = JSON.parse((await post(body, "?fields=summary")).text) as { fields?: string };
    expect(summary.fields).toBe("summary");
    const hinted = JSON.parse((await post(body, "?include=hints")).text) as { hints?: unknown[] };
    expect(Array.isArray(hinted.hints)).toBe(true);
    expect(JSON.parse((await post(body)).text)).toEqual(en);
  });

  it("gives a new answer when the day changes (lead times and freshness are judged against today)", async () => {
    const body = withNeeds({ gpuHoursPerMonth: 1237 });
    const monday = JSON.parse((await post(body)).text) as { referenceDate: string };
    today.value = "2026-12-02";
    const tuesday = JSON.parse((await post(body)).text) as { referenceDate: string };
    expect([monday.referenceDate, tuesday.referenceDate]).toEqual(["2026-12-01", "2026-12-02"]);
  });

  it("gives a new answer when the catalogue's version changes", async () => {
    const body = withNeeds({ gpuHoursPerMonth: 1238 });
    const version = catalogue.version;
    const first = JSON.parse((await post(body)).text) as { catalogueVersion: string };
    try {
      catalogue.version = `${version}-next`;
      const next = JSON.parse((await post(body)).text) as { catalogueVersion: string };
      expect([first.catalogueVersion, next.catalogueVersion]).toEqual([version, `${version}-next`]);
    } finally {
      catalogue.version = version;
    }
  });

  it("never keeps a refused request", async () => {
    const size = cache.size;
    const bad = await post(withNeeds({ gpuHoursPerMonth: -1 }));
    expect(bad.status).toBe(400);
    expect((await post(withNeeds({ gpuHoursPerMonth: 1239 }), "?fields=everything")).status).toBe(400);
    expect(cache.size).toBe(size);
  });
});
