import { expect, test } from "@playwright/test";
import { hongKongToday, liveContractBody } from "../fixtures/contract-body";

// The issue's example, with its start date kept in the future (the API refuses a past one).
const CONTRACT_BODY = liveContractBody(hongKongToday());

test.describe("POST /api/recommend", () => {
  test("the contract example answers ranked + excluded covering the whole catalogue", async ({ request }) => {
    const res = await request.post("/api/recommend", { data: CONTRACT_BODY });
    expect(res.status()).toBe(200);
    const body = await res.json();
    const cat = await (await request.get("/api/catalogue")).json();
    expect(body.catalogueVersion).toBe(cat.version);
    expect(body.ranked.length + body.excluded.length).toBe(cat.offers.length);
    for (const r of body.ranked) {
      for (const key of [
        "offerId",
        "provider",
        "family",
        "rank",
        "total",
        "factors",
        "costHKD",
        "costBreakdown",
        "timeToResultDays",
        "reasons",
      ])
        expect(r).toHaveProperty(key);
      expect(r.total).toBeGreaterThanOrEqual(0);
      expect(r.total).toBeLessThanOrEqual(100);
      expect(Object.keys(r.factors).sort()).toEqual(["approval", "performance", "price", "security", "ux"]);
      expect(r.reasons.every((x: { text: string }) => x.text.length > 0)).toBe(true);
    }
    for (const e of body.excluded) expect(e.reasons.length).toBeGreaterThan(0);
    const sum = Object.values(body.weights as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 9);
  });

  test("unnormalised weights are normalised; ranks are 1..n", async ({ request }) => {
    const res = await request.post("/api/recommend", {
      data: {
        needs: { workload: "dl-training", gpuHoursPerMonth: 500, durationMonths: 3 },
        weights: { price: 5, security: 1, performance: 1, approval: 1, ux: 2 },
      },
    });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.weights.price).toBeCloseTo(0.5, 9);
    expect(body.ranked.map((r: { rank: number }) => r.rank)).toEqual(body.ranked.map((_: unknown, i: number) => i + 1));
  });

  test("bad input answers 400 naming every field, in the caller's language", async ({ request }) => {
    const bad = { needs: { ...CONTRACT_BODY.needs, gpuHoursPerMonth: -5, residency: "mars", extra: 1 }, weights: CONTRACT_BODY.weights };
    const en = await request.post("/api/recommend", { data: bad });
    expect(en.status()).toBe(400);
    const enBody = await en.json();
    const paths = enBody.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(["needs", "needs.gpuHoursPerMonth", "needs.residency"]);
    expect(enBody.issues.find((i: { path: string }) => i.path === "needs.gpuHoursPerMonth").message).toBe(
      "GPU-hours per month: must be at least 1",
    );
    expect(enBody.issues.find((i: { path: string }) => i.path === "needs").message).toContain("extra");

    const zh = await request.post("/api/recommend", { data: bad, headers: { "accept-language": "zh-HK,zh;q=0.9" } });
    const zhBody = await zh.json();
    expect(zhBody.issues.find((i: { path: string }) => i.path === "needs.gpuHoursPerMonth").message).toBe("每月 GPU 小時：必須不少於 1");
    const cn = await request.post("/api/recommend?lang=zh-CN", { data: bad });
    expect((await cn.json()).issues.find((i: { path: string }) => i.path === "needs.gpuHoursPerMonth").message).toBe(
      "每月 GPU 小时：必须不少于 1",
    );
  });

  test("never 5xx for client input: malformed JSON, wrong types, empty body, arrays", async ({ request }) => {
    const bodies: (string | object)[] = [
      "{not json",
      "",
      "[]",
      "null",
      "42",
      { needs: null },
      { needs: [] },
      { needs: { workload: 7 } },
      { needs: CONTRACT_BODY.needs, weights: { price: 0, security: 0, performance: 0, approval: 0, ux: 0 } },
    ];
    for (const b of bodies) {
      const res = await request.post("/api/recommend", {
        headers: { "content-type": "application/json" },
        data: typeof b === "string" ? b : JSON.stringify(b),
      });
      expect(res.status(), JSON.stringify(b)).toBe(400);
      const body = await res.json();
      expect(body.error).toBe("invalid-request");
      expect(body.issues.length).toBeGreaterThan(0);
    }
  });
});

test("GET /api/catalogue: every offer traces its figures to dated sources", async ({ request }) => {
  const res = await request.get("/api/catalogue");
  expect(res.status()).toBe(200);
  const cat = await res.json();
  expect(cat.offers.length).toBeGreaterThanOrEqual(30);
  expect(new Set(cat.offers.map((o: { family: string }) => o.family))).toEqual(new Set(["cloud", "mainland-sc", "overseas-sc", "hk-sc"]));
  for (const o of cat.offers) {
    expect(o.id && o.provider && o.family).toBeTruthy();
    expect(o.sources.length).toBeGreaterThan(0);
    for (const s of o.sources) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.covers.length).toBeGreaterThan(0);
    }
  }
});
