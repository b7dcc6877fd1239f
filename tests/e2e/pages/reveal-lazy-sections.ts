import { expect, type Page } from "@playwright/test";

/**
 * Scrolls to each section that mounts only when scrolled near (charts, hints, robustness:
 * app/_components/mount-when-visible.tsx), the way a reader scrolling down the page does, until
 * every one has mounted; then back to the top. A page without such sections returns at once.
 */
export async function revealLazySections(page: Page): Promise<void> {
  const pending = page.locator("[data-lazy-section]");
  for (let left = await pending.count(); left > 0; left = await pending.count()) {
    // Scrolled to again on every try: rows that join the table when it hydrates can push the
    // section back out of view after the first scroll.
    await expect
      .poll(
        async () => {
          await pending
            .first()
            .scrollIntoViewIfNeeded({ timeout: 1000 })
            .catch(() => {});
          return pending.count();
        },
        { message: "a section did not mount when scrolled into view" },
      )
      .toBeLessThan(left);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
