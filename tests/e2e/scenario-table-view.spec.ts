import { expect, test } from "@playwright/test";
import { AdvisorPage } from "./pages/advisor-page";
import { ConsultationsPages } from "./pages/consultations-pages";
import { ResultsView } from "./pages/results-view";
import { waitForAdvisorHydration } from "./pages/wait-for-hydration";

/*
 * An advisor arranges the results table for a client (pins two options, sorts by cost, filters
 * to cloud, hides a column), saves the scenario, and later reopens it from the consultation:
 * the table must come back as it was saved, not as the advisor first shows it.
 */
test("a saved scenario reopens in the advisor with the table view it was saved with", async ({ page }) => {
  test.setTimeout(120_000);
  const ui = new ConsultationsPages(page);
  await ui.signIn("en");
  const id = await ui.createConsultation("View Keeper Ltd", "View Keeper");

  await page.getByRole("link", { name: "Add a scenario from the advisor" }).click();
  const table = new ResultsView(page);
  await expect(table.rows.first()).toBeVisible();
  await waitForAdvisorHydration(page);

  await table.chip("Cloud computing services").check();
  await table.pinRows(0, 1);
  await table.sortBy("Est. total cost", "descending");
  await table.hideColumn("Per month");
  const saved = await table.visible();
  expect(saved.pinned).toHaveLength(2);
  await ui.saveFromAdvisor("Arranged for the client");

  // Back to the default view first, so the reopened page cannot just be the same page.
  await new AdvisorPage(page).goto("en");
  await expect(table.rows.first()).toBeVisible();
  expect((await table.visible()).pinned).toHaveLength(0);

  await ui.openConsultation(id);
  await ui.scenarioRow("Arranged for the client").getByRole("link", { name: "Open in advisor" }).click();
  await expect(table.rows.first()).toBeVisible();
  await waitForAdvisorHydration(page);
  expect(await table.visible()).toEqual(saved);
});
