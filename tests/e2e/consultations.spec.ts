import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { seriousAxeViolations } from "./fixtures/axe";
import { AdvisorPage } from "./pages/advisor-page";
import { ConsultationsPages } from "./pages/consultations-pages";
import { waitForAdvisorHydration } from "./pages/wait-for-hydration";

async function axe(page: Page) {
  await expect(page).toHaveTitle(/.+/);
  expect(await seriousAxeViolations(page)).toEqual([]);
}

test.describe.configure({ mode: "serial" });

test("an advisor saves a consultation, compares two scenarios, reports, exports and re-imports, and the client fills the intake link", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const ui = new ConsultationsPages(page);

  // Sign in, create the client's consultation.
  await ui.signIn("en");
  await axe(page);
  const id = await ui.createConsultation("Acme AI", "Acme Robotics Ltd");
  await axe(page);

  // Save the advisor's result as a first scenario, then a second with data kept in Hong Kong.
  await page.getByRole("link", { name: "Add a scenario from the advisor" }).click();
  const advisor = new AdvisorPage(page);
  await expect(advisor.rows.first()).toBeVisible();
  await waitForAdvisorHydration(page);
  await ui.saveFromAdvisor("Baseline");
  await page.getByLabel("Data residency rule").selectOption("hk-only");
  await expect(page).toHaveURL(/\?v=\d+&s=/);
  await ui.saveFromAdvisor("HK only");

  await ui.openConsultation(id);
  await expect(ui.scenarioRow("Baseline")).toBeVisible();
  await expect(ui.scenarioRow("HK only")).toBeVisible();
  await axe(page);

  // Compare the two: the residency rule is the changed input, and figures differ.
  await page.getByLabel("Select Baseline for comparison").check();
  await page.getByLabel("Select HK only for comparison").check();
  await page.getByRole("link", { name: "Compare selected" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acme AI: comparison of 2 scenarios" })).toBeVisible();
  const inputs = page.locator("section", { has: page.getByRole("heading", { name: "What differs between the scenarios" }) });
  await expect(inputs.getByRole("row", { name: /Data residency rule/ })).toBeVisible();
  await expect(page.getByTestId("comparison").locator("[class*=differs]").first()).toBeVisible();
  await axe(page);

  // The report of the HK-only scenario, then in Traditional Chinese.
  await ui.openConsultation(id);
  await ui.scenarioRow("HK only").getByRole("link", { name: "Report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acme AI: HK only" })).toBeVisible();
  for (const heading of [
    "The firm's needs",
    "Weights of the five factors",
    "Ranked options",
    "Charts",
    "Excluded options and why",
    "Sources and as-of dates",
    "Method",
    "Disclaimer",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  // Each bar of the report's charts names a different option (rank and name), even where one
  // provider has two offers in the top rows.
  const barLabels = await page.getByRole("img", { name: /^Total cost of the top options/ }).locator("text[text-anchor=end]").allTextContents();
  expect(barLabels.length).toBeGreaterThan(1);
  expect(new Set(barLabels).size).toBe(barLabels.length);
  await axe(page);
  await page.getByRole("link", { name: "繁體中文" }).click();
  await expect(page).toHaveURL(/\/zh-HK\/consultations\/.+\/report$/);
  await expect(page.getByRole("heading", { level: 2, name: "方案排名" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header.site-header")).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // Download the PDF of that report.
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下載 PDF" }).click()]);
  const pdfPath = testInfo.outputPath("report.pdf");
  await pdf.saveAs(pdfPath);
  const bytes = readFileSync(pdfPath);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect((bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);

  // Export the baseline as JSON and import it back: the same frozen result.
  await ui.openConsultation(id);
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    ui.scenarioRow("Baseline").getByRole("link", { name: "Export JSON" }).click(),
  ]);
  const jsonPath = testInfo.outputPath("baseline.json");
  await json.saveAs(jsonPath);
  await page.getByLabel("Import a scenario (JSON)").setInputFiles(jsonPath);
  await expect(page.getByText("Imported Baseline.")).toBeVisible();
  await expect(ui.scenarioRow("Baseline")).toHaveCount(2);
  const { scenarios } = await (await page.request.get(`/api/consultations/${id}/scenarios`)).json();
  const baselines = scenarios.filter((s: { name: string }) => s.name === "Baseline");
  expect(baselines.map((s: { source: string }) => s.source)).toEqual(["advisor", "import"]);
  expect(baselines[1].snapshot).toEqual(baselines[0].snapshot);
  expect(baselines[1].input).toEqual(baselines[0].input);

  // Duplicate, rename, and recompute (today's catalogue is the one it was saved with: no change).
  await ui.scenarioRow("HK only").getByRole("button", { name: "Duplicate" }).click();
  await expect(ui.scenarioRow("HK only (copy)")).toBeVisible();
  await ui.scenarioRow("HK only (copy)").getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New name for HK only (copy)").fill("HK only, second look");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(ui.scenarioRow("HK only, second look")).toBeVisible();
  await ui.scenarioRow("HK only").getByRole("button", { name: "Recompute with today's catalogue" }).click();
  const recompute = page.getByRole("dialog", { name: "Recompute “HK only” with today's catalogue" });
  await expect(recompute.getByText("Nothing changes: every rank and cost is the same.")).toBeVisible();
  await recompute.getByRole("button", { name: "Keep the saved result" }).click();
  await expect(recompute).toBeHidden();

  // The client fills the intake link, with no account.
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByTestId("intake-url").inputValue();
  expect(url).toMatch(/\/en\/intake\/[A-Za-z0-9_-]{43}$/);
  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  await client.goto(url);
  await expect(client.getByRole("heading", { level: 1, name: "Tell us about your compute needs" })).toBeVisible();
  await expect(client.getByRole("link", { name: "Baseline" })).toHaveCount(0);
  await client.getByLabel("Data residency rule").selectOption("hk-or-mainland");
  await client.getByRole("button", { name: "Send to my advisor" }).click();
  await expect(client.getByText("Thank you — your advisor has received your answers.", { exact: false })).toBeVisible();
  await axe(client);
  expect((await client.request.get(`/api/consultations/${id}`)).status()).toBe(401);
  await clientContext.close();

  await page.reload();
  await expect(ui.scenarioRow("Client intake")).toBeVisible();
  await expect(ui.scenarioRow("Client intake")).toContainText("Client intake");
});

test("the consultations list searches, sorts, and deletes with confirmation and undo", async ({ page }) => {
  const ui = new ConsultationsPages(page);
  await ui.signIn("en");
  await ui.createConsultation("Zeta Vision", "Zeta Ltd");
  await page.goto("/en/consultations");
  await page.getByLabel("Search", { exact: true }).fill("zeta");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("row")).toHaveCount(2);
  await page.getByRole("button", { name: "Delete Zeta Vision" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this consultation?" });
  await expect(dialog).toContainText("You can undo this for 30 days.");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("Deleted Zeta Vision.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Zeta Vision" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Restored Zeta Vision.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "Zeta Vision" })).toBeVisible();
  await page.getByLabel("Sort by").selectOption("client-asc");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/sort=client-asc/);
  await axe(page);
});
