import { expect, type Locator } from "@playwright/test";
import { testIdParts } from "./test-id-parts";

/** Page object for the demand-sizing page (/[locale]/demand). */
export class DemandPage extends testIdParts({
  done: "demand-done",
  progress: "demand-progress",
  curve: "curve-chart",
  capacityChart: "capacity-chart",
  price: "centre-price",
  subsidy: "centre-subsidy",
}) {
  readonly gpuHours: Locator = this.page.getByTestId("kpi-gpu-hours").locator("dd");
  readonly subsidyCost: Locator = this.page.getByTestId("kpi-subsidy").locator("dd");

  async goto(locale = "en", query = "") {
    await this.page.goto(`/${locale}/demand${query ? `?${query}` : ""}`);
    await expect(this.page.locator("h1")).toBeVisible();
  }

  /** Waits until the latest run has finished (the progress bar gone, the "computed in" line shown). */
  async waitForResult(timeout = 60_000) {
    await expect(this.progress).toHaveCount(0, { timeout });
    await expect(this.done).toBeVisible({ timeout });
  }

  /** Captured GPU-hours as a number (the KPI is formatted with grouping). */
  async capturedHours(): Promise<number> {
    return Number((await this.gpuHours.innerText()).replace(/[^\d.]/g, ""));
  }

  /** The saved-scenarios panel (shown to a signed-in advisor). */
  get savedScenarios(): Locator {
    return this.page.getByTestId("saved-scenarios");
  }

  /** The saved scenario's row in the list. */
  scenarioRow(name: string): Locator {
    return this.savedScenarios.locator(`tr[data-scenario="${name}"]`);
  }

  /** The note and button for the opened (or last saved) scenario. */
  get loadedScenario(): Locator {
    return this.page.getByTestId("loaded-scenario");
  }

  /** The "Save changes to “name”" button. */
  saveChanges(name: string): Locator {
    return this.loadedScenario.getByRole("button", { name: `Save changes to “${name}”` });
  }

  async openScenario(name: string) {
    await this.scenarioRow(name)
      .getByRole("button", { name: `Open “${name}”` })
      .click();
    await expect(this.savedScenarios.getByRole("status")).toContainText(`Opened “${name}”`);
  }

  async saveScenario(name: string) {
    await this.savedScenarios.getByLabel("Scenario name").fill(name);
    await this.savedScenarios.getByRole("button", { name: "Save scenario" }).click();
    await expect(this.savedScenarios.getByRole("status")).toHaveText(`Saved “${name}”.`);
  }

  async importCsv(name: string, text: string) {
    await this.page.getByRole("radio", { name: /Import a CSV file|匯入 CSV|导入 CSV/ }).check();
    await this.page.locator("input[type=file]").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
  }
}
