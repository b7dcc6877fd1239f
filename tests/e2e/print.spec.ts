import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { paintedPixels } from "./fixtures/painted-pixels";
import { AdvisorPage } from "./pages/advisor-page";

/** Pages in a PDF: one `/Type /Page` object each (`/Type /Pages` is the page tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

const ARTIFACTS = join(__dirname, "..", "artifacts", "print");

for (const locale of ["en", "zh-HK"] as const) {
  test(`printing /${locale} gives the results, charts and explanation on at most 6 A4 pages, with no form controls`, async ({ page }) => {
    const advisor = new AdvisorPage(page);
    await advisor.goto(locale);
    await expect(advisor.rows.first()).toBeVisible();
    // Charts mount when scrolled into view, as a reader would before printing.
    await page.locator("canvas").first().scrollIntoViewIfNeeded();
    await expect.poll(() => paintedPixels(page.locator("canvas").first()), { timeout: 10_000 }).toBeGreaterThan(1_000);
    await page.emulateMedia({ media: "print" });
    // Chart.js redraws each canvas for the print width on its own resize observer: print once every canvas has settled.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll("canvas")].every((c) => {
            const box = c.getBoundingClientRect();
            return box.width === 0 || Math.abs(c.width - box.width * window.devicePixelRatio) < 2;
          }),
        ),
      )
      .toBe(true);

    // The PDF is kept in tests/artifacts/print/ to be looked at, pass or fail.
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `advisor-${locale}.pdf`), pdf);

    // No form chrome: every input, select, textarea and button is hidden in print.
    // The option names stay, as plain text (no border, no background).
    await expect(page.locator("input:visible, select:visible, textarea:visible, button:visible:not(.row-toggle)")).toHaveCount(0);
    const toggle = page.locator("button.row-toggle").first();
    await expect(toggle).toBeVisible();
    expect(await toggle.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe("none");
    // The results table and the charts are printed.
    await expect(advisor.rows.first()).toBeVisible();
    await expect(page.locator("canvas:visible").first()).toBeVisible();
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
  });
}
