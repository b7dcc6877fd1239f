import { expect, test } from "@playwright/test";
import { AdvisorPage } from "../e2e/pages/advisor-page";

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
