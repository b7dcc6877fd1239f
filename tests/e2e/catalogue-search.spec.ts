import { expect, test } from "@playwright/test";

// The zh-HK placeholder suggests 東京 and 阿里雲; each (and 數碼港, the Hong Kong centre) must find its rows,
// and the other languages' names must find the same rows on the same page: by offer, the queries that must show it.
const SEARCHES = {
  "aws-tokyo-p5-h100": ["東京", "东京"],
  "alibaba-hk-gn7i-a10": ["阿里雲", "Alibaba"],
  "cyberport-aisc-aiss": ["數碼港"],
} as const;

test("catalogue search on /zh-HK finds names and places in every language", async ({ page }) => {
  await page.goto("/zh-HK/catalogue");
  const rows = page.locator("tr.offer-row[id^='offer-row-']");
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  const search = page.locator("#catalogue-search");
  for (const [expectId, queries] of Object.entries(SEARCHES)) {
    for (const query of queries) {
      await search.fill(query);
      await expect(page.locator(`#offer-row-${expectId}`), query).toBeVisible();
      const shown = await rows.count();
      expect(shown, query).toBeGreaterThan(0);
      expect(shown, query).toBeLessThan(total);
    }
  }
  await search.fill("火星");
  await expect(rows).toHaveCount(0);
});

test("catalogue search on /zh-CN and /en finds the Simplified and Traditional names", async ({ page }) => {
  for (const [locale, query] of [
    ["zh-CN", "东京"],
    ["zh-CN", "阿里云"],
    ["en", "數碼港"],
  ] as const) {
    await page.goto(`/${locale}/catalogue?q=${encodeURIComponent(query)}`);
    await expect(page.locator("tr.offer-row[id^='offer-row-']").first(), `${locale} ${query}`).toBeVisible();
  }
});
