import { expect, test, type Page } from "@playwright/test";
import { ConsultationsPages } from "./pages/consultations-pages";

/** The current page's link sits wholly inside the navigation row a person sees. */
async function currentLinkInView(page: Page) {
  const nav = page.getByRole("navigation").first();
  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect
    .poll(async () => {
      const [row, link] = [await nav.boundingBox(), await current.boundingBox()];
      return !!row && !!link && link.x >= row.x - 1 && link.x + link.width <= row.x + row.width + 1;
    }, { timeout: 20_000 }) // the row is scrolled by the navigation's code, which loads after the first paint
    .toBe(true);
}

test("on a phone, the navigation row shows the current page's link even when it is the last one", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await new ConsultationsPages(page).signIn("en");
  for (const locale of ["en", "zh-HK"] as const) {
    await page.goto(`/${locale}/consultations`);
    const nav = page.getByRole("navigation").first();
    // The row is wider than the phone: without scrolling it, the last link would be cut off.
    expect(await nav.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await currentLinkInView(page);
    // The page itself did not move.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  }
});
