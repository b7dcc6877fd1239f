import { expect, type Locator, type Page } from "@playwright/test";
import { paintedPixels } from "../fixtures/painted-pixels";
import { revealLazySections } from "./reveal-lazy-sections";
import { waitForAdvisorHydration } from "./wait-for-hydration";

/**
 * Page object for the advisor's robustness features: the AHP pairwise questionnaire (weights area) and the
 * "How robust is this ranking?" panel (under the results). Locators go by role and accessible name first.
 */
export class RobustnessPage {
  readonly page: Page;
  readonly questionnaire: Locator;
  readonly ahpResult: Locator;
  readonly panel: Locator;
  readonly stability: Locator;
  readonly smaa: Locator;
  readonly smaaStatus: Locator;
  readonly chanceFirst: Locator;
  readonly acceptability: Locator;

  constructor(page: Page) {
    this.page = page;
    this.questionnaire = page.getByTestId("ahp-questionnaire");
    this.ahpResult = page.getByTestId("ahp-result");
    this.panel = page.getByTestId("robustness-panel");
    this.stability = page.getByTestId("weight-stability");
    this.smaa = page.getByTestId("smaa");
    this.smaaStatus = page.getByTestId("smaa-status");
    this.chanceFirst = page.getByTestId("chance-first");
    this.acceptability = page.getByTestId("rank-acceptability");
  }

  async goto(locale = "en") {
    await this.page.goto(`/${locale}`);
    await expect(this.page.locator("tr.offer-row").first()).toBeVisible();
    await waitForAdvisorHydration(this.page);
    await revealLazySections(this.page);
  }

  /** The offer id of the first row of the results table. */
  async topOfferId(): Promise<string | null> {
    return this.page.locator("tr.offer-row").first().getAttribute("data-offer-id");
  }

  async openQuestionnaire() {
    await this.questionnaire.locator("summary").click();
    await expect(this.questionnaire.getByRole("slider").first()).toBeVisible();
  }

  /** The slider for "a versus b" (factor names as shown, e.g. "Price", "Data security / privacy"). */
  pairSlider(a: string, b: string): Locator {
    return this.questionnaire.getByRole("slider", { name: `${a} versus ${b}`, exact: true });
  }

  /** Moves a pair's slider all the way to the second factor ("b is extremely more important"). */
  async secondExtremelyMoreImportant(a: string, b: string) {
    const slider = this.pairSlider(a, b);
    await slider.focus();
    await slider.press("End");
  }

  async firstExtremelyMoreImportant(a: string, b: string) {
    const slider = this.pairSlider(a, b);
    await slider.focus();
    await slider.press("Home");
  }

  weight(factor: "price" | "security" | "performance" | "approval" | "ux"): Locator {
    return this.page.getByTestId(`ahp-weight-${factor}`);
  }

  async weightPercent(factor: "price" | "security" | "performance" | "approval" | "ux"): Promise<number> {
    return Number.parseFloat((await this.weight(factor).innerText()).replace("%", ""));
  }

  get consistency(): Locator {
    return this.page.getByTestId("ahp-cr");
  }

  async applyWeights() {
    await this.questionnaire.getByRole("button", { name: "Use these weights" }).click();
    await expect(this.questionnaire.getByRole("status").filter({ hasText: "the ranking now uses these weights" })).toBeVisible();
  }

  async openRobustness() {
    await this.panel.scrollIntoViewIfNeeded();
    await expect(this.panel).toBeVisible();
  }

  /** Waits until the SMAA worker has answered for the current settings. */
  async waitForSmaa() {
    await expect(this.smaaStatus).toHaveAttribute("data-state", "done", { timeout: 30_000 });
  }

  /** Number of painted (non-transparent) pixels in a chart's canvas. */
  async paintedPixels(container: Locator): Promise<number> {
    const canvas = container.locator("canvas");
    await expect(canvas).toBeVisible();
    return paintedPixels(canvas);
  }

  /** The "chance of ranking first" percentages, as numbers. */
  async chanceFirstValues(): Promise<number[]> {
    const texts = await this.chanceFirst.getByTestId("chance-first-value").allInnerTexts();
    return texts.map((t) => Number.parseFloat(t.replace(/[^\d.].*$/s, "")));
  }
}
