import Database from "better-sqlite3";
import { join } from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { E2E_DATA_DIR, THROTTLED } from "./fixtures/e2e-store";
import { apiSignIn } from "./pages/consultations-pages";

const NEEDS = { workload: "llm-fine-tuning", gpuHoursPerMonth: 2000, durationMonths: 6 };

test.describe("consultations access control (AUTH_REQUIRED=1)", () => {
  test("without a session every consultations route answers 401, and the pages send you to sign in", async ({ request, page }) => {
    const ghost = "AAAAAAAAAAAAAAAAAAAAAA";
    for (const [method, path] of [
      ["GET", "/api/consultations"],
      ["POST", "/api/consultations"],
      ["GET", `/api/consultations/${ghost}`],
      ["PATCH", `/api/consultations/${ghost}`],
      ["DELETE", `/api/consultations/${ghost}`],
      ["POST", `/api/consultations/${ghost}/scenarios`],
      ["GET", `/api/consultations/${ghost}/scenarios/${ghost}`],
      ["GET", `/api/consultations/${ghost}/scenarios/${ghost}/report.pdf`],
      ["GET", `/api/consultations/${ghost}/scenarios/${ghost}/export.json`],
      ["POST", `/api/consultations/${ghost}/intake-links`],
    ] as const) {
      const res = await request.fetch(`${path}?lang=zh-HK`, { method, data: method === "GET" ? undefined : {} });
      expect(res.status(), `${method} ${path}`).toBe(401);
      expect((await res.json()).message).toBe("請以顧問身份登入才可使用諮詢個案及已儲存的需求情境。");
    }
    await page.goto(`/en/consultations/${ghost}`);
    await expect(page).toHaveURL(/\/en\/login\?next=%2Fen%2Fconsultations%2F/);
    // The public advisor API stays open.
    expect((await request.post("/api/recommend", { data: { needs: NEEDS } })).status()).toBe(200);
  });

  test("a signed-in request without the CSRF token is refused with 403; 400 names every field; unknown ids are 404", async ({ request }) => {
    const csrf = await apiSignIn(request);
    expect((await request.post("/api/consultations", { data: { client: "x" } })).status()).toBe(403);
    expect((await request.post("/api/consultations", { headers: { "x-csrf-token": csrf, origin: "https://evil.example" }, data: { client: "x" } })).status()).toBe(403);
    const bad = await request.post("/api/consultations?lang=en", { headers: { "x-csrf-token": csrf }, data: { client: "", notes: 7, colour: "red" } });
    expect(bad.status()).toBe(400);
    const issues = (await bad.json()).issues as { path: string; message: string }[];
    expect(issues.map((i) => i.path).sort()).toEqual(["", "client", "notes"]);
    expect(issues.find((i) => i.path === "client")?.message).toBe("Client name: must not be empty");
    const notJson = await request.post("/api/consultations", { headers: { "x-csrf-token": csrf, "content-type": "application/json" }, data: "{oops" });
    expect(notJson.status()).toBe(400);
    expect((await request.get("/api/consultations/AAAAAAAAAAAAAAAAAAAAAA")).status()).toBe(404);
    expect((await request.get("/api/consultations/not-an-id/scenarios/also-not")).status()).toBe(404);
    // Input a database would choke on is a 400 or a 404, never a 5xx.
    const nul = await request.post("/api/consultations?lang=en", { headers: { "x-csrf-token": csrf }, data: { client: "a\u0000b" } });
    expect(nul.status()).toBe(400);
    expect((await nul.json()).issues[0].message).toBe("Client name: must not contain the NUL character");
    expect((await request.get("/api/consultations/%00")).status()).toBe(404);
    expect((await request.get(`/api/consultations?q=${"%25".repeat(50)}&sort=updated-asc`)).status()).toBe(200);
    expect((await request.get("/api/consultations?sort=sideways")).status()).toBe(400);
    const empty = await request.patch("/api/consultations/AAAAAAAAAAAAAAAAAAAAAA?lang=en", { headers: { "x-csrf-token": csrf }, data: {} });
    expect(empty.status()).toBe(400);
  });

  test("an intake link adds one scenario and can read or list nothing; revoked and expired links are refused", async ({ request, baseURL }) => {
    const csrf = await apiSignIn(request);
    const h = { "x-csrf-token": csrf };
    const { id } = await (await request.post("/api/consultations", { headers: h, data: { client: "Intake Co" } })).json();
    await request.post(`/api/consultations/${id}/scenarios`, { headers: h, data: { name: "Private plan", needs: NEEDS } });
    const link = await (await request.post(`/api/consultations/${id}/intake-links`, { headers: h, data: { expiresInDays: 7 } })).json();
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The client: no session cookie, only the token.
    const client = await playwrightRequest.newContext({ baseURL });
    const submitted = await client.post(`/api/intake/${link.token}`, { data: { needs: { ...NEEDS, residency: "hk-only" } } });
    expect(submitted.status()).toBe(201);
    expect(await submitted.json()).toEqual({ ok: true });
    for (const path of ["/api/consultations", `/api/consultations/${id}`, `/api/consultations/${id}/scenarios`, `/api/consultations/${id}/intake-links`]) {
      expect((await client.get(path)).status(), path).toBe(401);
      expect((await client.get(path, { headers: { authorization: `Bearer ${link.token}` } })).status(), path).toBe(401);
    }
    expect((await client.get(`/api/intake/${link.token}`)).status()).toBe(405);
    expect((await client.post(`/api/intake/${link.token}`, { data: { needs: NEEDS, name: "Mine", weights: { price: 1, security: 0, performance: 0, approval: 0, ux: 0 } } })).status()).toBe(400);
    expect((await client.post(`/api/intake/${"x".repeat(43)}`, { data: { needs: NEEDS } })).status()).toBe(404);

    const scenarios = (await (await request.get(`/api/consultations/${id}/scenarios`)).json()).scenarios as { name: string; source: string }[];
    expect(scenarios.map((s) => [s.name, s.source])).toEqual([
      ["Private plan", "advisor"],
      ["Client intake", "intake"],
    ]);

    // Revoked: refused at once, and the page says so.
    expect((await request.delete(`/api/consultations/${id}/intake-links/${link.id}`, { headers: h })).status()).toBe(200);
    const revoked = await client.post(`/api/intake/${link.token}?lang=en`, { data: { needs: NEEDS } });
    expect(revoked.status()).toBe(410);
    expect((await revoked.json()).message).toContain("expired or was withdrawn");

    // Expired: a link whose time has passed (moved into the past in the store) is refused too.
    const second = await (await request.post(`/api/consultations/${id}/intake-links`, { headers: h, data: {} })).json();
    const db = new Database(join(E2E_DATA_DIR, "advisor.db"));
    db.prepare("update intake_links set expires_at = ? where id = ?").run("2000-01-01T00:00:00.000Z", second.id);
    db.close();
    expect((await client.post(`/api/intake/${second.token}`, { data: { needs: NEEDS } })).status()).toBe(410);
    expect(((await (await request.get(`/api/consultations/${id}/scenarios`)).json()).scenarios as unknown[]).length).toBe(2);
    await client.dispose();
  });

  test("the sign-in rate limit holds: after 5 failures even the right password is refused", async ({ request }) => {
    const { csrfToken } = await (await request.get("/api/auth/session")).json();
    const h = { "x-csrf-token": csrfToken };
    for (let i = 0; i < 5; i++) {
      const res = await request.post("/api/auth/login", { headers: h, data: { email: THROTTLED.email, password: `wrong-${i}` } });
      expect(res.status()).toBe(401);
    }
    const locked = await request.post("/api/auth/login?lang=zh-CN", { headers: h, data: THROTTLED });
    expect(locked.status()).toBe(429);
    expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await locked.json()).message).toContain("15 分钟");
    expect((await request.get("/api/consultations")).status()).toBe(401);
  });
});
