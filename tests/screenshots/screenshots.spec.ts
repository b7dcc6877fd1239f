import { expect, test } from "@playwright/test";
import { AdvisorPage } from "../e2e/pages/advisor-page";
import { apiSignIn } from "../e2e/pages/consultations-pages";
import { DemandPage } from "../e2e/pages/demand-page";

// Not a test: an artifact step. It saves full-page screenshots of every page at desktop and
// phone width, in English and Traditional Chinese, for a person to look at
// (`npm run screenshots`; output in tests/artifacts/screenshots/<SCREENSHOT_SET>/, or in
// SCREENSHOT_DIR when set, e.g. a dated review folder under tests/artifacts/).
const SET = process.env.SCREENSHOT_SET ?? "after";
const DIR = process.env.SCREENSHOT_DIR ?? `tests/artifacts/screenshots/${SET}`;
const SIZES = [
  ["desktop", { width: 1366, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const;
const LOCALES = ["en", "zh-HK"] as const;

for (const [size, viewport] of SIZES) {
  for (const locale of LOCALES) {
    test(`screenshots ${locale} ${size}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const dir = DIR;
      const advisor = new AdvisorPage(page);
      await advisor.goto(locale, "");
      await page.screenshot({ path: `${dir}/advisor-${locale}-${size}.png`, fullPage: true });
      // What a person sees first, and the ranking itself, at readable scale.
      await page.screenshot({ path: `${dir}/advisor-${locale}-${size}-top.png` });
      await advisor.rows.first().scrollIntoViewIfNeeded();
      await advisor.rows.first().locator("button.row-toggle").click();
      await expect(page.locator("tr.detail-row").first()).toBeVisible();
      await advisor.rows.first().evaluate((row) => row.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: `${dir}/results-${locale}-${size}-expanded.png` });
      await advisor.rows.first().locator("button.row-toggle").click();
      const dialog = await advisor.openExplainForFirstRow();
      await page.screenshot({ path: `${dir}/explain-${locale}-${size}.png`, fullPage: false });
      await dialog.press("Escape");
      for (const path of ["catalogue", "method"] as const) {
        await page.goto(`/${locale}/${path}`);
        await expect(page.locator("main")).toBeVisible();
        await page.screenshot({ path: `${dir}/${path}-${locale}-${size}.png`, fullPage: true });
        await page.screenshot({ path: `${dir}/${path}-${locale}-${size}-top.png` });
      }
    });
  }
}

// The advisor's workspace and the demand page, which the loop above does not reach: sign-in,
// the consultations list, one consultation with two scenarios, their comparison, a report, the
// client's intake form and the demand page, at both widths and in both languages.
test("screenshots of the workspace and demand pages", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const csrf = await apiSignIn(page.request);
  const post = async (url: string, data: unknown) => {
    const res = await page.request.post(url, { headers: { "x-csrf-token": csrf }, data });
    expect(res.status(), url).toBeLessThan(300);
    return res.json();
  };
  const { id } = await post("/api/consultations", { client: "Acme AI", organisation: "Acme Robotics Ltd" });
  const base = { workload: "llm-fine-tuning", gpuHoursPerMonth: 2000, durationMonths: 6, peakGpus: 16 };
  const a = await post(`/api/consultations/${id}/scenarios`, { name: "Baseline", needs: base });
  const b = await post(`/api/consultations/${id}/scenarios`, { name: "HK only", needs: { ...base, residency: "hk-only" } });
  const link = await post(`/api/consultations/${id}/intake-links`, {});
  const token: string = link.token;
  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    for (const locale of LOCALES) {
      const shots: [string, string][] = [
        ["consultations", `/${locale}/consultations`],
        ["consultation", `/${locale}/consultations/${id}`],
        ["compare", `/${locale}/consultations/${id}/compare?s=${a.id},${b.id}`],
        ["report", `/${locale}/consultations/${id}/scenarios/${b.id}/report`],
        ["demand", `/${locale}/demand`],
      ];
      for (const [name, url] of shots) {
        await page.goto(url);
        await expect(page.locator("main")).toBeVisible();
        await expect(page.locator("h1").first()).toBeVisible();
        if (name === "demand") await new DemandPage(page).waitForResult();
        await page.screenshot({ path: `${DIR}/${name}-${locale}-${size}.png`, fullPage: true });
      }
      const guest = await browser.newContext({ viewport });
      const client = await guest.newPage();
      await client.goto(`/${locale}/login`);
      await client.screenshot({ path: `${DIR}/login-${locale}-${size}.png`, fullPage: true });
      await client.goto(`/${locale}/intake/${token}`);
      await expect(client.locator("h1").first()).toBeVisible();
      await client.screenshot({ path: `${DIR}/intake-${locale}-${size}.png`, fullPage: true });
      await guest.close();
    }
  }
});
