import { expect, type Page } from "@playwright/test";

/**
 * Waits until the advisor's form and results have hydrated (app/_components/hydration-mark.tsx):
 * both are server-rendered and visible before their code has taken over, and typing into the
 * form before then is not seen by it.
 */
export async function waitForAdvisorHydration(page: Page): Promise<void> {
  const html = page.locator("html");
  const mark = (part: string) => new RegExp(`(^| )${part}( |$)`);
  await expect(html, "advisor-form hydrated").toHaveAttribute("data-hydrated", mark("advisor-form"), { timeout: 20_000 });
  // The results hydrate once they come near the viewport (or on the first tap, key or focus):
  // at once on a wide screen; at phone width they sit below the form, so look at them first.
  if (!mark("advisor-results").test((await html.getAttribute("data-hydrated")) ?? "")) {
    const y = await page.evaluate(() => window.scrollY);
    await page.locator("#results").evaluate((el) => el.scrollIntoView());
    await expect(html, "advisor-results hydrated").toHaveAttribute("data-hydrated", mark("advisor-results"), { timeout: 20_000 });
    await page.evaluate((top) => window.scrollTo(0, top), y);
  }
}
