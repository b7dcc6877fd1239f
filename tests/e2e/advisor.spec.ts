import { expect, test } from "@playwright/test";
import { compressToEncodedURIComponent } from "lz-string";
import { AdvisorPage } from "./pages/advisor-page";

test.describe("advisor", () => {
  test("a preset loads and the ranking shows ranked options", async ({ page }) => {
    const advisor = new AdvisorPage(page);
    await advisor.goto("en");
    await expect(page).toHaveTitle("Where to buy GPU compute · Compute Advisor");
    const before = await advisor.topOptionNames(5);
    await advisor.preset("Inference service").click();
    await expect(advisor.field("Workload type")).toHaveValue("inference");
    await expect(advisor.field("GPU-hours per month")).toHaveValue("5840");
    await expect.poll(() => advisor.topOptionNames(5)).not.toEqual(before);
    expect(await advisor.rows.count()).toBeGreaterThan(0);
  });

  test("the server sends the top of the ranking; the whole table is there once the results have hydrated", async ({ page }) => {
    // What a phone receives before any script runs: the first rows of the server's own ranking.
    const html = await (await page.request.get("/en")).text();
    const serverIds = [...html.matchAll(/<tr[^>]*data-offer-id="([^"]+)"/g)].map((m) => m[1]);
    expect(serverIds).toHaveLength(8);
    const total = Number(/(\d+) options fit your needs/.exec(html)?.[1]);
    expect(total).toBeGreaterThan(8);

    await page.setViewportSize({ width: 390, height: 844 });
    const advisor = new AdvisorPage(page);
    await advisor.goto("en");
    // Hydrated (advisor.goto waits for it): every ranked option, the server's rows first and in its order.
    await expect(advisor.rows).toHaveCount(total);
    const ids = await advisor.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-offer-id")));
    expect(ids.slice(0, 8)).toEqual(serverIds);
  });

  test("changing the weights re-ranks live", async ({ page }) => {
    const advisor = new AdvisorPage(page);
    await advisor.goto("en");
    await expect(advisor.slider("Price")).toHaveAttribute("aria-valuetext", "45.7%");
    const firstBefore = await advisor.firstOptionName();
    await advisor.setSlider("Price", 0);
    await advisor.setSlider("Data security / privacy", 100);
    await advisor.setSlider("Computing speed / performance", 100);
    await expect(advisor.slider("Price")).toHaveAttribute("aria-valuetext", "0.0%");
    await expect.poll(() => advisor.firstOptionName()).not.toBe(firstBefore);
    // The five shares always add up to exactly 100%.
    const shares = await Promise.all(
      [
        "Price",
        "Data security / privacy",
        "Computing speed / performance",
        "Ease of application / approval",
        "User experience / interface / tool support",
      ].map(async (n) => Number.parseFloat((await advisor.slider(n).getAttribute("aria-valuetext")) ?? "NaN")),
    );
    expect(Math.round(shares.reduce((s, x) => s + x, 0) * 10) / 10).toBe(100);
    await page.getByRole("button", { name: "Reset to study ranking", exact: true }).click();
    await expect.poll(() => advisor.firstOptionName()).toBe(firstBefore);
  });

  test("an invalid value shows its error under the field and keeps the last valid results", async ({ page }) => {
    const advisor = new AdvisorPage(page);
    await advisor.goto("en");
    const before = await advisor.topOptionNames(5);
    const hours = advisor.field("GPU-hours per month");
    await hours.fill("-5");
    await expect(hours).toHaveAttribute("aria-invalid", "true");
    await expect(hours).toHaveAccessibleDescription(/GPU-hours per month: must be at least 1/);
    await expect(page.getByText("GPU-hours per month: must be at least 1", { exact: true })).toBeVisible();
    await expect(page.getByText(/Results show your last valid inputs/)).toBeVisible();
    expect(await advisor.topOptionNames(5)).toEqual(before);

    await hours.fill("");
    await expect(page.getByText("GPU-hours per month: is required", { exact: true })).toBeVisible();
    await hours.fill("2000");
    await expect(hours).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/Results show your last valid inputs/)).toHaveCount(0);
  });

  test("the language switcher keeps the state and shows labels and errors in Chinese", async ({ page }) => {
    const advisor = new AdvisorPage(page);
    await advisor.goto("en");
    await advisor.preset("University research group").click();
    await advisor.sharedUrl();
    await advisor.languageLink("繁體中文").click();
    await expect(page).toHaveURL(/\/zh-HK\?v=3&s=/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");
    const hours = advisor.field("每月 GPU 小時");
    await expect(hours).toBeVisible();
    await expect(hours).toHaveValue("4000");
    await expect(advisor.slider("價格")).toBeVisible();
    await hours.fill("-5");
    await expect(page.getByText("每月 GPU 小時：必須不少於 1", { exact: true })).toBeVisible();
    await expect(hours).toHaveAttribute("aria-invalid", "true");
  });

  test("a copied link opens the same ranking in a new page", async ({ page, context }) => {
    const advisor = new AdvisorPage(page);
    await advisor.goto("en");
    await advisor.preset("Computer-vision training").click();
    await advisor.setSlider("Ease of application / approval", 60);
    await page.getByRole("radio", { name: "USD", exact: true }).check();
    await expect.poll(() => advisor.topOptionNames(5)).toHaveLength(5);
    const url = await advisor.sharedUrl();
    await expect.poll(() => page.url()).toContain("s=");
    const names = await advisor.topOptionNames(5);

    const other = new AdvisorPage(await context.newPage());
    await other.page.goto(url);
    await expect(other.rows.first()).toBeVisible();
    expect(await other.topOptionNames(5)).toEqual(names);
    await expect(other.field("Workload type")).toHaveValue("dl-training");
    await expect(other.page.getByRole("radio", { name: "USD", exact: true })).toBeChecked();
    await expect(other.notice).toHaveCount(0);
  });

  test("an unreadable link falls back to the defaults with a notice", async ({ page, context }) => {
    const defaults = new AdvisorPage(await context.newPage());
    await defaults.goto("en");
    const expected = await defaults.topOptionNames(5);

    const advisor = new AdvisorPage(page);
    await advisor.goto("en", "?v=1&s=garbage");
    await expect(advisor.notice).toContainText("could not be read, so the default inputs are shown instead");
    expect(await advisor.topOptionNames(5)).toEqual(expected);
    await page.getByRole("button", { name: "Dismiss", exact: true }).click();
    await expect(advisor.notice).toHaveCount(0);
  });

  test("a link naming an accelerator the catalogue lacks falls back to the defaults with a notice, as the API would refuse it", async ({
    page,
    context,
  }) => {
    const defaults = new AdvisorPage(await context.newPage());
    await defaults.goto("en");
    const expected = await defaults.topOptionNames(5);

    const state = {
      needs: { workload: "llm-fine-tuning", gpuHoursPerMonth: 2000, durationMonths: 6, accelerator: { model: "zzz", minMemoryGb: 0 } },
      weights: { price: 1, security: 1, performance: 1, approval: 1, ux: 1 },
    };
    const advisor = new AdvisorPage(page);
    await advisor.goto("en", `?v=2&s=${encodeURIComponent(compressToEncodedURIComponent(JSON.stringify(state)))}`);
    await expect(advisor.notice).toContainText("not valid, so the default inputs are shown instead");
    // Not an empty table and a blank dropdown: the defaults, ranked.
    expect(await advisor.topOptionNames(5)).toEqual(expected);
  });

  test("the explanation shows cost formulas and sources, and closes with Esc", async ({ page }) => {
    const advisor = new AdvisorPage(page);
    await advisor.goto("en");
    const dialog = await advisor.openExplainForFirstRow();
    await expect(dialog.getByRole("heading", { name: "3. Cost, line by line", exact: true })).toBeVisible();
    await expect(
      dialog
        .locator("code")
        .filter({ hasText: /GPU-h × \S+\d/ })
        .first(),
    ).toBeVisible();
    await expect(dialog.getByRole("heading", { name: "2. Hard rules checked", exact: true })).toBeVisible();
    await expect(dialog.getByText("Passed", { exact: true }).first()).toBeVisible();
    const source = dialog.getByRole("link").first();
    await expect(source).toHaveAttribute("href", /^https?:\/\//);
    await expect(dialog.getByRole("heading", { name: "6. Weighted total", exact: true })).toBeVisible();
    expect(await advisor.seriousAxeViolations()).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: /^(Explain this result)$/ }).first()).toBeFocused();
  });

  for (const locale of ["en", "zh-HK"] as const) {
    test(`axe: the advisor in ${locale} with a field error has no serious or critical violations`, async ({ page }) => {
      const advisor = new AdvisorPage(page);
      await advisor.goto(locale);
      await advisor.field(locale === "en" ? "Storage" : "儲存").fill("-1");
      expect(await advisor.seriousAxeViolations()).toEqual([]);
    });
  }
});
