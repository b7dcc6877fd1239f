import { expect, type Page } from "@playwright/test";

/**
 * Waits until the advisor's form and results have hydrated (app/_components/hydration-mark.tsx):
 * both are server-rendered and visible before their code has taken over, and typing into the
 * form before then is not seen by it.
 */
export async function waitForAdvisorHydration(page: Page): Promise<void> {
  for (const part of ["advisor-form", "advisor-results"]) {
    await expect(page.locator("html"), `${part} hydrated`).toHaveAttribute("data-hydrated", new RegExp(`(^| )${part}( |$)`), { timeout: 20_000 });
  }
}
