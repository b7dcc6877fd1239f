import { expect, test } from "@playwright/test";

/** Two English words in a row ("then cost", "per effective"): a sentence, not a symbol or a unit. */
const ENGLISH_WORDS = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;

async function formulaLines(page: import("@playwright/test").Page, locale: string): Promise<string[]> {
  await page.goto(`/${locale}/method`);
  const blocks = page.locator("pre.method-formulas");
  await expect(blocks.first()).toBeVisible();
  return (await blocks.allInnerTexts()).flatMap((b) => b.split("\n")).filter((l) => l.trim() !== "");
}

for (const locale of ["zh-HK", "zh-CN"] as const) {
  test(`a reader of /${locale}/method sees every formula in Chinese, with no English sentence`, async ({ page }) => {
    const lines = await formulaLines(page, locale);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).not.toMatch(ENGLISH_WORDS);
    // The tables name their rows in the page's language too (no "confidential", "dedicated-host").
    const rowHeads = await page.locator(".method-table th[scope=row]").allInnerTexts();
    expect(rowHeads.filter((h) => /^[a-z][a-z-]+$/.test(h.trim()))).toEqual([]);
  });
}

test("the English method page writes its formulas in English (the check above can fail)", async ({ page }) => {
  const lines = await formulaLines(page, "en");
  expect(lines.some((l) => ENGLISH_WORDS.test(l))).toBe(true);
});
