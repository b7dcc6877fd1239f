import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ConsultationsPages } from "./pages/consultations-pages";
import { DemandPage } from "./pages/demand-page";

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** The signed-in page's CSRF token, for API calls made with its cookies. */
async function csrf(page: Page): Promise<string> {
  return ((await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string }).csrfToken;
}

/** Signs in, opens the page with `query`, waits for its result and saves it under a unique name starting with `label`. */
async function savedScenario(page: Page, query: string, label: string) {
  await new ConsultationsPages(page).signIn("en");
  const d = new DemandPage(page);
  await d.goto("en", query);
  await d.waitForResult();
  const name = unique(label);
  await d.saveScenario(name);
  return { d, name };
}

test.describe("saved demand scenarios and the consultations as firms (signed-in advisor)", () => {
  test("without a session the page offers sign-in instead, and the routes answer 401", async ({ page, request }) => {
    const d = new DemandPage(page);
    await d.goto("en");
    await expect(page.getByTestId("demand-sign-in")).toContainText("Sign in as an advisor to save scenarios");
    await expect(d.savedScenarios).toHaveCount(0);
    await expect(page.getByRole("radio", { name: "Saved consultations" })).toHaveCount(0);
    for (const path of ["/api/demand-scenarios", "/api/demand-scenarios/AAAAAAAAAAAAAAAAAAAAAA", "/api/demand-population"])
      expect((await request.get(path)).status(), path).toBe(401);
  });

  test("save a scenario, reload, reopen it: the controls come back; rename and delete it", async ({ page }) => {
    const { d, name } = await savedScenario(page, "firms=1500&seed=4&price=33&subsidy=0.4&lead=20", "Cheap centre");
    await expect(d.scenarioRow(name)).toContainText("1,500 synthetic (seed 4)");
    await expect(d.scenarioRow(name)).toContainText("HK$33");

    // Back to the defaults, and a reload: only the store remembers the scenario now.
    await d.goto("en");
    await page.reload();
    await expect(d.price).not.toHaveValue("33");
    await d.waitForResult();
    await d
      .scenarioRow(name)
      .getByRole("button", { name: `Open “${name}”` })
      .click();
    await expect(d.price).toHaveValue("33");
    await expect(d.subsidy).toHaveValue("40");
    await expect(page.getByLabel("Number of firms")).toHaveValue("1500");
    await expect(page.getByLabel("Random seed")).toHaveValue("4");
    await expect(page).toHaveURL(/firms=1500&seed=4&price=33&subsidy=0\.4/);
    await d.waitForResult();
    await expect(page.getByTestId("demand-summary")).toContainText("1,500 firms");

    const axe = await new AxeBuilder({ page }).include("[data-testid=saved-scenarios]").analyze();
    expect(axe.violations).toEqual([]);

    const renamed = `${name} (renamed)`;
    await d
      .scenarioRow(name)
      .getByRole("button", { name: `Rename “${name}”` })
      .click();
    await d.savedScenarios.getByRole("textbox", { name: `Rename “${name}”` }).fill(renamed);
    await d.savedScenarios.getByRole("button", { name: "Save name" }).click();
    await expect(d.scenarioRow(renamed)).toBeVisible();
    await page.reload();
    await expect(d.scenarioRow(renamed)).toBeVisible();
    await d
      .scenarioRow(renamed)
      .getByRole("button", { name: `Delete “${renamed}”` })
      .click();
    await d.scenarioRow(renamed).getByRole("button", { name: "Delete", exact: true }).click();
    await expect(d.scenarioRow(renamed)).toHaveCount(0);
    await page.reload();
    await expect(d.scenarioRow(renamed)).toHaveCount(0);
  });

  test("open a saved scenario, change the price, save the changes: after a reload the scenario has the new price", async ({ page }) => {
    const { d, name } = await savedScenario(page, "firms=800&seed=3&price=33&subsidy=0.4", "Price test");
    // Back to the defaults; only the store remembers the scenario.
    await d.goto("en");
    await d.openScenario(name);
    await expect(d.price).toHaveValue("33");
    await expect(d.saveChanges(name)).toBeDisabled();
    await expect(d.loadedScenario).toContainText("No changes since it was saved.");

    await d.price.fill("41.5");
    await expect(d.loadedScenario).toContainText("The settings on the page differ from the saved ones.");
    await d.saveChanges(name).click();
    await expect(d.savedScenarios.getByRole("status")).toHaveText(`Saved the changes to “${name}”.`);
    await expect(d.saveChanges(name)).toBeDisabled();
    await expect(d.scenarioRow(name)).toContainText("HK$41.5");

    await d.goto("en");
    await page.reload();
    await expect(d.scenarioRow(name)).toContainText("HK$41.5");
    await expect(d.scenarioRow(name)).toContainText("800 synthetic (seed 3)");
    await d.openScenario(name);
    await expect(d.price).toHaveValue("41.5");
    await expect(d.subsidy).toHaveValue("40");
    const axe = await new AxeBuilder({ page }).include("[data-testid=saved-scenarios]").analyze();
    expect(axe.violations).toEqual([]);
  });

  test("a bad name is refused with the field named, in Chinese too", async ({ page }) => {
    await new ConsultationsPages(page).signIn("en");
    const d = new DemandPage(page);
    await d.goto("zh-HK");
    await d.savedScenarios.getByLabel("情境名稱").fill("   ");
    await d.savedScenarios.getByRole("button", { name: "儲存情境" }).click();
    await expect(d.savedScenarios.getByRole("alert")).toContainText("情境名稱");
  });

  test("the saved consultations become the firms, anonymised, and the page says how many", async ({ page }) => {
    await new ConsultationsPages(page).signIn("en");
    const token = await csrf(page);
    const client = unique("Zebra Quantum Holdings");
    const notes = unique("confidential merger talk");
    const made = await page.request.post("/api/consultations", { headers: { "x-csrf-token": token }, data: { client, notes } });
    expect(made.status()).toBe(201);
    const id = ((await made.json()) as { id: string }).id;
    const saved = await page.request.post(`/api/consultations/${id}/scenarios`, {
      headers: { "x-csrf-token": token },
      data: { name: unique("Secret plan"), needs: { workload: "llm-fine-tuning", gpuHoursPerMonth: 3000, durationMonths: 12 } },
    });
    expect(saved.status()).toBe(201);

    const d = new DemandPage(page);
    await d.goto("en");
    await d.waitForResult();
    const answer = page.waitForResponse((r) => r.url().includes("/api/demand-population"));
    await page.getByRole("radio", { name: "Saved consultations" }).check();
    const body = await (await answer).text();
    expect(body).not.toContain(client);
    expect(body).not.toContain(notes);
    const used = (JSON.parse(body) as { used: number }).used;
    expect(used).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId("consultations-used")).toContainText(`${used} consultation`);
    await expect(page).toHaveURL(/pop=consultations/);
    await d.waitForResult();
    await expect(page.getByTestId("demand-summary")).toContainText(`${used} firm`);
  });
});
