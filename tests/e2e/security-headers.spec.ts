import { expect, test, type APIResponse } from "@playwright/test";
import { hongKongToday, liveContractBody } from "../fixtures/contract-body";
import { recordCspViolations } from "./fixtures/csp-violations";

// The issue's example, with its start date kept in the future (the API refuses a past one).
const CONTRACT_BODY = liveContractBody(hongKongToday());
import { AdvisorPage } from "./pages/advisor-page";
import { RobustnessPage } from "./pages/robustness-page";
import { waitForAdvisorHydration } from "./pages/wait-for-hydration";

const PAGES = ["/en", "/zh-HK", "/zh-CN", "/en/catalogue", "/zh-HK/catalogue", "/en/method", "/zh-CN/method", "/fr/nope"];

function expectSecurityHeaders(res: APIResponse, kind: "page" | "api" = "page") {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  if (kind === "page") expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  else expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-powered-by"]).toBeUndefined();
  // Plain HTTP here: no HSTS (it would pin a host that has no certificate).
  expect(h["strict-transport-security"]).toBeUndefined();
}

test.describe("security headers", () => {
  for (const path of PAGES) {
    test(`${path} sends the security headers, a fresh nonce each time, and its scripts carry it`, async ({ request }) => {
      const a = await request.get(path);
      const b = await request.get(path);
      expect([200, 404]).toContain(a.status());
      expectSecurityHeaders(a);
      const nonce = /'nonce-([^']+)'/.exec(a.headers()["content-security-policy"]!)![1]!;
      expect(nonce).not.toBe(/'nonce-([^']+)'/.exec(b.headers()["content-security-policy"]!)![1]);
      const html = await a.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
    });
  }

  test("HSTS when a TLS-terminating proxy says https", async ({ request }) => {
    const res = await request.get("/en", { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  test("API answers: security headers; recommend is no-store; the catalogue is ETag-versioned with a short max-age", async ({
    request,
  }) => {
    const rec = await request.post("/api/recommend", { data: CONTRACT_BODY });
    expect(rec.status()).toBe(200);
    expectSecurityHeaders(rec, "api");
    expect(rec.headers()["cache-control"]).toBe("no-store");
    const bad = await request.post("/api/recommend", { data: { needs: {} } });
    expect(bad.status()).toBe(400);
    expect(bad.headers()["cache-control"]).toBe("no-store");

    const cat = await request.get("/api/catalogue");
    expectSecurityHeaders(cat, "api");
    const etag = cat.headers()["etag"]!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(cat.headers()["cache-control"]).toBe("public, max-age=300");
    expect(cat.headers()["cache-control"]).not.toContain("s-maxage");
    const again = await request.get("/api/catalogue", { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
    expect(await again.text()).toBe("");
  });

  test("TRACE and unlisted methods answer 405 with Allow, never 500", async ({ request }) => {
    for (const [method, path, allow] of [
      ["TRACE", "/api/recommend", "POST, OPTIONS"],
      ["GET", "/api/recommend", "POST, OPTIONS"],
      ["PUT", "/api/catalogue", "GET, HEAD, OPTIONS"],
    ] as const) {
      const res = await request.fetch(path, { method });
      expect(res.status(), `${method} ${path}`).toBe(405);
      expect(res.headers()["allow"]).toBe(allow);
      expect(await res.json()).toEqual({ error: "method-not-allowed", issues: [] });
    }
  });

  test("a body over 256 KiB (counted in bytes) answers 413 with a JSON error", async ({ request }) => {
    // 100,000 three-byte characters: 100 k characters, 300 kB.
    const res = await request.post("/api/recommend", {
      data: JSON.stringify({ needs: { note: "中".repeat(100_000) } }),
      headers: { "content-type": "application/json" },
    });
    expect(res.status()).toBe(413);
    expect(await res.json()).toEqual({ error: "payload-too-large", issues: [] });
  });

  test("mixed-case locale paths redirect (308) to the canonical locale, query kept", async ({ request, page }) => {
    for (const [from, to] of [
      ["/zh-hk", "/zh-HK"],
      ["/EN", "/en"],
      ["/Zh-Cn/catalogue?x=1", "/zh-CN/catalogue?x=1"],
    ]) {
      const res = await request.get(from!, { maxRedirects: 0 });
      expect(res.status(), from).toBe(308);
      expect(new URL(res.headers()["location"]!, "http://h").pathname + new URL(res.headers()["location"]!, "http://h").search).toBe(to);
    }
    await page.goto("/zh-hk");
    await expect(page).toHaveURL(/\/zh-HK$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");
    // Unknown first segments stay 404s.
    expect((await request.get("/fr")).status()).toBe(404);
  });
});

test.describe("Content-Security-Policy in the browser", () => {
  test("pages run their own scripts without a single CSP violation (reported or console)", async ({ page }) => {
    const csp = await recordCspViolations(page);
    for (const path of ["/en", "/zh-HK", "/zh-HK/catalogue", "/en/method", "/fr/nope"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      if (path === "/en") {
        // Interact so the lazy chunks (validation, details) load too.
        await expect(page.getByRole("table").first()).toBeVisible();
        await waitForAdvisorHydration(page);
        await page.getByLabel("GPU-hours per month").fill("-5");
        await expect(page.getByText(/must be at least 1/).first()).toBeVisible();
      }
      expect(await csp.reported(), path).toEqual([]);
    }
    expect(csp.console).toEqual([]);
  });

  test("the lazy sections (hints, explain dialog, charts, SMAA worker, catalogue history) load without a CSP violation", async ({
    page,
  }) => {
    const csp = await recordCspViolations(page);

    const advisor = new AdvisorPage(page);
    await advisor.goto("en");
    // A start date two weeks out excludes the slow centres: the hints panel (a lazy chunk) mounts.
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await advisor.field("Start by (date)").fill(inTwoWeeks);
    // The new date is in the state (and the ranking) once the link carries it: only then expand a row.
    await advisor.sharedUrl();
    await expect(page.getByTestId("hints-panel")).toBeVisible();
    const dialog = await advisor.openExplainForFirstRow();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    // Below the fold: charts (canvas) and the SMAA web worker.
    const robust = new RobustnessPage(page);
    await robust.openRobustness();
    await robust.waitForSmaa();
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState("networkidle");
    expect(await csp.reported(), "/en").toEqual([]);

    await page.goto("/zh-HK/catalogue?since=2026.01.01");
    await page.waitForLoadState("networkidle");
    expect(await csp.reported(), "/zh-HK/catalogue").toEqual([]);
    expect(csp.console).toEqual([]);
  });

  test("an injected inline script is blocked and reported", async ({ page }) => {
    // A stored or reflected XSS as the browser would receive it: the real response (with its
    // CSP header) plus markup an attacker got into the HTML — an inline <script> and an
    // event-handler attribute, neither carrying the nonce. (Not page.addScriptTag or
    // page.evaluate: Playwright copies the page's nonce onto the tags it adds, and DevTools
    // evaluation is exempt from the page's CSP.)
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.route("**/en", async (route) => {
      const res = await route.fetch();
      expect(res.headers()["content-security-policy"]).toContain("'nonce-");
      const body = (await res.text()).replace(
        "</body>",
        '<script>window.__injected = true;</script><img alt="" src="data:," onerror="window.__injectedHandler = true"></body>',
      );
      await route.fulfill({ response: res, body });
    });
    await page.goto("/en");
    await expect(page.getByRole("table").first()).toBeVisible(); // the page's own (nonce'd) scripts still ran
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __injectedHandler?: boolean }).__injectedHandler)).toBeUndefined();
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
    expect(violations.join("\n")).toMatch(/script-src/);
  });
});
