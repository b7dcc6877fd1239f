import { expect, test } from "@playwright/test";
import { seriousAxeViolations } from "./fixtures/axe";
import { revealLazySections } from "./pages/reveal-lazy-sections";

const LOCALES = ["en", "zh-HK", "zh-CN"] as const;
const PAGES = ["", "/catalogue", "/method"] as const;

for (const locale of LOCALES) {
  for (const page of PAGES) {
    test(`axe: /${locale}${page} has no serious or critical violations`, async ({ page: p }) => {
      await p.goto(`/${locale}${page}`);
      await expect(p.locator("main")).toBeVisible();
      // Every section is checked, including those that mount only when scrolled near.
      await revealLazySections(p);
      await expect(p).toHaveTitle(/.+/);
      await expect(p.locator("html")).toHaveAttribute("lang", locale);
      expect(await seriousAxeViolations(p)).toEqual([]);
    });
  }
}

test("/ redirects to the browser's language", async ({ browser }) => {
  const ctx = await browser.newContext({ locale: "zh-HK", extraHTTPHeaders: { "accept-language": "zh-HK,zh;q=0.9,en;q=0.5" } });
  const page = await ctx.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/zh-HK\/?$/);
  await ctx.close();
});

// Routing as a visitor meets it (replaces a unit test that compared the routing config with itself).
test("every UI locale has its pages; an unknown locale or path answers 404 in all three languages", async ({ page, request }) => {
  for (const locale of ["en", "zh-HK", "zh-CN"]) {
    expect((await request.get(`/${locale}/catalogue`)).status(), locale).toBe(200);
  }
  for (const path of ["/fr", "/fr/catalogue", "/en/nope"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("link", { name: "Compute Advisor" }).first()).toBeVisible();
    await expect(page.getByText("你要找的頁面不存在或已經移除。")).toBeVisible();
  }
});
