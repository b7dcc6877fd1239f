import { expect, test } from "@playwright/test";
import { recordCspViolations } from "./fixtures/csp-violations";
import { waitForAdvisorHydration } from "./pages/wait-for-hydration";

/*
 * Paint first, then hydrate (lib/http/defer-hydration.ts, in npm start's server): the page's
 * chunk scripts are not in the HTML; one nonce'd loader adds them after the first frame, and the
 * page still hydrates, under the CSP, with no errors.
 */
const PAGES = ["/en", "/zh-HK", "/en/catalogue", "/zh-CN/method", "/en/demand"];

test.describe("scripts load after the first paint", () => {
  for (const path of PAGES) {
    test(`${path}: no chunk script in the served HTML; the nonce'd loader in its place`, async ({ request }) => {
      const res = await request.get(path, { headers: { "accept-encoding": "gzip" } });
      expect(res.status()).toBe(200);
      expect(res.headers()["content-encoding"]).toBe("gzip");
      const html = await res.text();
      const nonce = /'nonce-([^']+)'/.exec(res.headers()["content-security-policy"]!)![1]!;
      expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async/);
      expect(html).not.toMatch(/<link rel="preload" as="script"/);
      const head = html.slice(0, html.indexOf("</head>"));
      const loader = new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, "\\$&")}">\\(function\\(d,s,p,n\\)[^<]*"/_next/static/chunks/`);
      expect(head).toMatch(loader);
    });
  }

  // React outlines a <Suspense> boundary whose HTML passes about 12.8 kB into a hidden part sent
  // after the shell and moved into place by a script (one more page layout, after the first
  // paint). The advisor's form and ranking sit in <Activity> boundaries instead: inline in the
  // first paint, yet still hydrated one by one (React marks each with <!--&-->).
  for (const path of ["/en", "/zh-HK"]) {
    test(`${path}: the form and the ranking are in the page's first paint, not streamed after it`, async ({ request }) => {
      const html = await (await request.get(path)).text();
      expect(html).not.toContain('<template id="B:');
      expect(html).not.toMatch(/<div hidden id="S:/);
      expect(html.match(/<!--&-->/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
      // The form's first field and the ranked table's first row are in the HTML, in order.
      const form = html.indexOf('name="gpuHoursPerMonth"');
      const table = html.indexOf("<table");
      expect(form).toBeGreaterThan(0);
      expect(table).toBeGreaterThan(form);
    });
  }

  test("the browser fetches no chunk before the first frame, and the advisor hydrates with no error", async ({ page }) => {
    const csp = await recordCspViolations(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __firstFrame?: number };
      requestAnimationFrame(() => (w.__firstFrame = performance.now()));
    });
    await page.goto("/en");
    await waitForAdvisorHydration(page);
    const { firstFrame, chunks } = await page.evaluate(() => ({
      firstFrame: (window as unknown as { __firstFrame?: number }).__firstFrame,
      chunks: performance
        .getEntriesByType("resource")
        .filter((e) => /\/_next\/static\/chunks\/.+\.js$/.test(e.name))
        .map((e) => ({ name: e.name, start: e.startTime })),
    }));
    expect(firstFrame).toBeDefined();
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) expect(c.start, c.name).toBeGreaterThanOrEqual(firstFrame!);
    // Hydrated for real: a keystroke re-ranks.
    const field = page.getByLabel("GPU-hours per month", { exact: true });
    await field.fill("2000");
    await expect(page.locator("#results tbody tr").first()).toBeVisible();
    expect(errors).toEqual([]);
    expect(await csp.reported()).toEqual([]);
    expect(csp.console).toEqual([]);
  });

  test("the form and ranking stay hidden, their space kept, while a streamed part has not arrived", async ({ page }) => {
    await page.goto("/en");
    const layout = page.locator("#results").locator("xpath=..");
    await expect(layout).toBeVisible();
    // React marks a part still to come with <template id="B:n"> where it will land.
    await page.locator("#results").evaluate((el) => {
      const t = document.createElement("template");
      t.id = "B:99";
      el.prepend(t);
    });
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeHidden();
    await expect(layout).toHaveCSS("visibility", "hidden");
    await page.locator("#results template").evaluate((t) => t.remove());
    await expect(layout).toHaveCSS("visibility", "visible");
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  });

  test("the sign-in form cannot be sent before its scripts run, and never puts the password in the address", async ({ page, request }) => {
    const html = await (await request.get("/en/login")).text();
    const form = /<form[^>]*>[\s\S]*?<\/form>/.exec(html)![0];
    expect(form).toMatch(/^<form [^>]*method="post"/);
    expect(form).toMatch(/<button type="submit"[^>]* disabled=""/);
    await page.goto("/en/login");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled({ timeout: 20_000 });
    await page.getByLabel("E-mail address").fill("nobody@example.org");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    expect(page.url()).not.toContain("password");
  });
});
