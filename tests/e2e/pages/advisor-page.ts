import { expect, type Locator, type Page } from "@playwright/test";
import { seriousAxeViolations } from "../fixtures/axe";
import { revealLazySections } from "./reveal-lazy-sections";
import { waitForAdvisorHydration } from "./wait-for-hydration";

/** The advisor (home page of a locale), driven the way a user drives it. */
export class AdvisorPage {
  constructor(readonly page: Page) {}

  /** Opens /<locale><query>, waits until the ranking has rows and the page has hydrated, and scrolls the lazily mounted sections in once. */
  async goto(locale: "en" | "zh-HK" | "zh-CN" = "en", query = ""): Promise<void> {
    await this.page.goto(`/${locale}${query}`);
    await expect(this.rows.first()).toBeVisible();
    await waitForAdvisorHydration(this.page);
    await revealLazySections(this.page);
  }

  /** Ranked option rows of the results table, in display order. */
  get rows(): Locator {
    return this.page.locator("tr.offer-row[data-offer-id]");
  }

  /** "Provider · product" of the first `n` ranked rows. */
  async topOptionNames(n = 5): Promise<string[]> {
    await expect(this.rows.first()).toBeVisible();
    const rows = await this.rows.all();
    const names: string[] = [];
    for (const row of rows.slice(0, n)) {
      const provider = (await row.locator(".offer-provider").innerText()).trim();
      const product = (await row.locator(".offer-name").innerText()).trim();
      names.push(`${provider} · ${product}`);
    }
    return names;
  }

  async firstOptionName(): Promise<string> {
    return (await this.topOptionNames(1))[0] ?? "";
  }

  /** The fallback notice of an unreadable link (inside <main>; Next's route announcer is also an alert). */
  get notice(): Locator {
    return this.page.locator("main").getByRole("alert");
  }

  preset(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  slider(name: string): Locator {
    return this.page.getByRole("slider", { name, exact: true });
  }

  /** Sets a weight slider (0–100) the way dragging does: an input event with the new value. */
  async setSlider(name: string, value: number): Promise<void> {
    await this.slider(name).fill(String(value));
  }

  languageLink(autonym: string): Locator {
    return this.page.getByRole("navigation", { name: /Language|語言|语言/ }).getByRole("link", { name: autonym, exact: true });
  }

  /** Waits for the debounced URL write and returns the shareable URL. */
  async sharedUrl(): Promise<string> {
    await expect.poll(() => new URL(this.page.url()).searchParams.get("s") ?? "", { timeout: 5_000 }).not.toBe("");
    return this.page.url();
  }

  /** Expands the first ranked row and opens its full explanation dialog. */
  async openExplainForFirstRow(): Promise<Locator> {
    const first = this.rows.first();
    await first.locator("button.row-toggle").click();
    await this.page
      .getByRole("button", { name: /^(Explain this result|解釋此結果|解释此结果)$/ })
      .first()
      .click();
    const dialog = this.page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Serious and critical axe violations (WCAG 2.0/2.1 A and AA), as readable lines. */
  async seriousAxeViolations(): Promise<string[]> {
    await expect(this.page).toHaveTitle(/.+/);
    return seriousAxeViolations(this.page);
  }
}
