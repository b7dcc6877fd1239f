import { expect, test, type Locator, type Page } from "@playwright/test";
import { seriousAxeViolations } from "./fixtures/axe";
import { paintedPixels } from "./fixtures/painted-pixels";
import { revealLazySections } from "./pages/reveal-lazy-sections";
import { waitForAdvisorHydration } from "./pages/wait-for-hydration";

/**
 * The results area of the advisor (/en with the default preset): the comparison table, the
 * compare view, the charts and the excluded options, driven the way a user drives them.
 */
class ResultsPanel {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/en");
    await expect(this.rows.first()).toBeVisible();
    await waitForAdvisorHydration(this.page);
    await revealLazySections(this.page);
  }

  /** Ranked rows in display order. */
  get rows(): Locator {
    return this.page.locator("tr.offer-row[data-offer-id]");
  }

  header(name: string): Locator {
    return this.page.getByRole("columnheader", { name, exact: true });
  }

  sortButton(name: string): Locator {
    return this.header(name).getByRole("button");
  }

  /**
   * Parses the money / number shown in column `column` of every visible row ("HK$1,234" → 1234).
   * The first line is the figure; a second line may give its range ("rank 1–4", "HK$1.2M – HK$1.5M").
   */
  async numbers(column: string): Promise<number[]> {
    const texts = await this.rows.locator(`td[data-column="${column}"]`).allInnerTexts();
    return texts.map((t) => Number((t.split("\n")[0] ?? "").replace(/[^0-9.-]/g, "")));
  }

  get search(): Locator {
    return this.page.getByRole("searchbox", { name: "Filter options", exact: true });
  }

  familyChip(name: string): Locator {
    return this.page.getByRole("checkbox", { name: new RegExp(`^${name}\\b`) });
  }

  get valueChart(): Locator {
    return this.page.getByTestId("value-chart");
  }

  get excluded(): Locator {
    return this.page.getByRole("region", { name: /^Excluded options \(\d+\)$/ });
  }
}

test.describe("results table", () => {
  test("sorts by any column, with the mouse and the keyboard, and says so with aria-sort", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    await expect(r.header("Rank")).toHaveAttribute("aria-sort", "ascending");

    await r.sortButton("Est. total cost").click();
    await expect(r.header("Est. total cost")).toHaveAttribute("aria-sort", "ascending");
    await expect(r.header("Rank")).not.toHaveAttribute("aria-sort", /.+/);
    const asc = await r.numbers("cost");
    expect(asc.length).toBeGreaterThan(1);
    expect(asc[0]).toBeLessThanOrEqual(asc[1]!);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));

    await r.sortButton("Est. total cost").click();
    await expect(r.header("Est. total cost")).toHaveAttribute("aria-sort", "descending");
    const desc = await r.numbers("cost");
    expect(desc[0]).toBeGreaterThanOrEqual(desc[1]!);
    expect(desc).toEqual([...asc].reverse());

    // Keyboard: a header's sort button is a real button (Enter toggles it).
    await r.sortButton("Days to result").focus();
    await page.keyboard.press("Enter");
    await expect(r.header("Days to result")).toHaveAttribute("aria-sort", "ascending");
    const days = await r.numbers("time");
    expect(days).toEqual([...days].sort((a, b) => a - b));

    // Scores sort best-first on the first click.
    await r.sortButton("Score").click();
    await expect(r.header("Score")).toHaveAttribute("aria-sort", "descending");
    const scores = await r.numbers("total");
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test("states the scoring method and relabels the total for TOPSIS", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    const results = page.locator("#results");
    await expect(results.getByText("Weighted sum", { exact: true })).toBeVisible();
    await expect(r.header("Score")).toBeVisible();
    await page.getByRole("radio", { name: "TOPSIS", exact: true }).check();
    await expect(results.getByText("TOPSIS closeness", { exact: true })).toBeVisible();
    await expect(r.header("Closeness")).toBeVisible();
    const totals = await r.numbers("total");
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const ranks = await r.numbers("rank");
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
  });

  test("filters by family and by text", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    const total = await r.rows.count();
    const chip = r.familyChip("Cloud computing services");
    const chipCount = Number((await chip.locator("xpath=..").innerText()).replace(/\D/g, ""));

    await chip.check();
    await expect(r.rows).toHaveCount(chipCount);
    await expect(r.rows.and(page.locator(":not([data-family='cloud'])"))).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: `Showing ${chipCount} of ${total} options.` })).toBeVisible();
    await chip.uncheck();
    await expect(r.rows).toHaveCount(total);

    const firstProvider = (await r.rows.first().locator(".offer-provider").innerText()).trim();
    const word = firstProvider.split(/\s+/)[0]!;
    await r.search.fill(word);
    await expect(r.rows.first()).toBeVisible();
    for (const provider of await r.rows.locator(".offer-provider").allInnerTexts()) {
      // The text filter also searches location and accelerator, so check the whole row.
      expect(provider.length).toBeGreaterThan(0);
    }
    for (const text of await r.rows.allInnerTexts()) expect(text.toLowerCase()).toContain(word.toLowerCase());
    expect(await r.rows.count()).toBeLessThan(total);

    await r.search.fill("no-such-provider-xyz");
    await expect(r.rows).toHaveCount(0);
    await page.getByRole("button", { name: "Clear filters", exact: true }).click();
    await expect(r.rows).toHaveCount(total);
  });

  test("the column picker hides and shows a column", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    await expect(r.header("Per month")).toBeVisible();
    await page.locator("summary", { hasText: "Columns" }).click();
    const perMonth = page.getByRole("checkbox", { name: "Per month", exact: true });
    await perMonth.uncheck();
    await expect(r.header("Per month")).toHaveCount(0);
    await expect(r.rows.first().locator('td[data-column="monthly"]')).toHaveCount(0);
    await perMonth.check();
    await expect(r.header("Per month")).toBeVisible();
  });

  test("a row expands into its cost breakdown, reasons and dated sources", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    const toggle = r.rows.first().locator("button.row-toggle");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const panelId = await toggle.getAttribute("aria-controls");
    expect(panelId).toBeTruthy();
    const panel = page.locator(`[id="${panelId}"]`);
    await expect(panel.getByRole("heading", { name: "Cost breakdown", exact: true })).toBeVisible();
    await expect(panel.getByRole("rowheader", { name: /^Compute/ })).toBeVisible();
    await expect(panel.getByRole("heading", { name: "Factor scores and reasons", exact: true })).toBeVisible();

    const sources = panel.getByRole("region", { name: "Sources of the figures used", exact: true });
    const link = sources.getByRole("link").first();
    await expect(link).toHaveAttribute("href", /^https?:\/\//);
    await expect(link).toHaveAttribute("target", "_blank");
    const asOf = sources.locator("time[datetime]").first();
    await expect(asOf).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(asOf).toHaveText(/\d{4}/);
    await expect(sources.getByText(/^(Vendor|Government|Third-party|Estimate)$/).first()).toBeVisible();

    await expect(panel.getByRole("button", { name: "Explain this result", exact: true })).toBeVisible();
    await toggle.click();
    await expect(panel).toHaveCount(0);
  });

  test("an expanded row's sources show their notes, which the page itself does not carry", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    // The first ranked option whose sources carry a note (an estimate or a third-party page).
    let offerId: string | null = null;
    let notes: string[] = [];
    for (const id of await r.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-offer-id") ?? ""))) {
      const res = await page.request.get(`/api/catalogue/offers/${id}/evidence`);
      expect(res.status()).toBe(200);
      notes = ((await res.json()) as { sources: { note?: string }[] }).sources.flatMap((s) => (s.note ? [s.note] : []));
      if (notes.length > 0) {
        offerId = id;
        break;
      }
    }
    expect(offerId, "a ranked option with source notes").not.toBeNull();
    // The lean page data: the note is not in the HTML the server sent.
    const html = await (await page.request.get("/en")).text();
    expect(html).not.toContain(JSON.stringify(notes[0]).slice(1, 40));

    const toggle = page.locator(`tr.offer-row[data-offer-id="${offerId}"] button.row-toggle`);
    await toggle.click();
    const panel = page.locator(`[id="${await toggle.getAttribute("aria-controls")}"]`);
    const sources = panel.getByRole("region", { name: "Sources of the figures used", exact: true });
    await expect(sources.getByText(notes[0]!, { exact: true })).toBeVisible();
    await expect(sources.locator('[data-evidence="loading"]')).toHaveCount(0);
  });

  test("when the source notes cannot be loaded, the row says so and Try again loads them", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    let fail = true;
    await page.route("**/api/catalogue/offers/*/evidence", (route) => (fail ? route.fulfill({ status: 503, body: "" }) : route.continue()));
    const toggle = r.rows.first().locator("button.row-toggle");
    await toggle.click();
    const panel = page.locator(`[id="${await toggle.getAttribute("aria-controls")}"]`);
    await expect(panel.getByRole("alert")).toHaveText(/The source notes could not be loaded\./);
    // The links, dates and bases are on the page already.
    await expect(panel.getByRole("region", { name: "Sources of the figures used", exact: true }).getByRole("link").first()).toBeVisible();
    fail = false;
    await panel.getByRole("button", { name: "Try again", exact: true }).click();
    await expect(panel.locator("[data-evidence]")).toHaveCount(0);
  });

  test("pinning two options opens the side-by-side comparison", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    const first = r.rows.nth(0).getByRole("button", { name: /^Compare / });
    const second = r.rows.nth(1).getByRole("button", { name: /^Compare / });
    await first.click();
    await expect(first).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("heading", { name: /^Side-by-side comparison/ })).toHaveCount(0);
    await second.click();

    const compare = page.getByRole("region", { name: "Side-by-side comparison of 2 options", exact: true });
    await expect(compare).toBeVisible();
    const table = compare.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveCount(2);
    for (const row of [
      "Price",
      "Data security / privacy",
      "Est. total cost",
      "Days to result",
      "Jurisdiction (data held under)",
      "Application path",
      "Lead time (days)",
      "Tools",
      "Certifications",
    ]) {
      await expect(table.getByRole("rowheader", { name: row, exact: true })).toBeVisible();
    }
    await expect(table.getByText("Best", { exact: true }).first()).toBeVisible();

    await compare
      .getByRole("button", { name: /^Unpin / })
      .first()
      .click();
    await expect(compare).toHaveCount(0);
  });

  test("the value-for-money chart paints and its table lists the Pareto frontier", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    const chart = r.valueChart;
    await chart.scrollIntoViewIfNeeded();
    const canvas = chart.getByRole("img");
    await expect(canvas).toHaveAttribute("aria-label", /Pareto frontier: .+/);
    await expect.poll(() => paintedPixels(canvas), { timeout: 10_000 }).toBeGreaterThan(1000);

    await chart.getByText("Show data as table", { exact: true }).click();
    const table = chart.getByRole("table");
    await expect(table).toBeVisible();
    const frontierRows = table.locator('tr[data-frontier="true"]');
    expect(await frontierRows.count()).toBeGreaterThan(0);
    await expect(frontierRows.first()).toContainText("On the frontier");
    // Every ranked option is a point: the table has one row per ranked option.
    await expect(table.locator("tbody tr")).toHaveCount(await r.rows.count());
    // The frontier's cheapest point is the cheapest option overall.
    const costs = (await table.locator("tbody tr td:nth-of-type(2)").allInnerTexts()).map((t) => Number(t.replace(/[^0-9.-]/g, "")));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    await expect(table.locator("tbody tr").first()).toHaveAttribute("data-frontier", "true");

    for (const other of ["Factor scores of the top", "Cost breakdown of the top", "Current weights"]) {
      const figure = page.getByRole("figure", { name: new RegExp(`^${other}`) });
      await expect(figure.getByRole("img")).toHaveAttribute("aria-label", /.+/);
    }
  });

  test("charts edited off screen catch up when scrolled back into view", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    const chart = r.valueChart;
    await chart.scrollIntoViewIfNeeded();
    await chart.getByText("Show data as table", { exact: true }).click();
    const points = chart.getByRole("table").locator("tbody tr");
    await expect(points).toHaveCount(await r.rows.count());
    const before = await points.count();
    // Back to the form, far above the charts: keep only Hong Kong options.
    const residency = page.getByLabel("Data residency rule", { exact: true });
    await residency.scrollIntoViewIfNeeded();
    await residency.selectOption("hk-only");
    await expect.poll(() => r.rows.count()).toBeLessThan(before);
    const ranked = await r.rows.count();
    await chart.scrollIntoViewIfNeeded();
    await expect(points).toHaveCount(ranked);
  });

  test("the excluded section counts the options and gives every reason", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    const section = r.excluded;
    await expect(section).toBeVisible();
    const heading = await section.getByRole("heading", { level: 2 }).innerText();
    const count = Number(/\((\d+)\)/.exec(heading)?.[1]);
    expect(count).toBeGreaterThan(0);

    // Grouped by reason: each group names the rule and how many options it removed.
    const firstGroup = section.locator("details").first();
    if (!(await firstGroup.evaluate((d) => (d as HTMLDetailsElement).open))) await firstGroup.locator("summary").click();
    await expect(firstGroup).toHaveAttribute("open", "");
    await expect(firstGroup.locator("summary")).toContainText(/\d+ options?/);
    await expect(firstGroup.locator("li").first()).toBeVisible();

    // By option: one entry per excluded option, each with at least one reason sentence.
    await section.getByRole("radio", { name: "Option", exact: true }).check();
    const items = section.locator(":scope > ul > li");
    await expect(items).toHaveCount(count);
    const reasons = items.first().locator("ul li");
    expect(await reasons.count()).toBeGreaterThan(0);
    await expect(reasons.first()).not.toHaveText(/^exclude\./);
  });

  test("axe: the results with an expanded row and a comparison have no serious or critical violations", async ({ page }) => {
    const r = new ResultsPanel(page);
    await r.goto();
    await r.rows.first().locator("button.row-toggle").click();
    await r.rows
      .nth(0)
      .getByRole("button", { name: /^Compare / })
      .click();
    await r.rows
      .nth(1)
      .getByRole("button", { name: /^Compare / })
      .click();
    await r.valueChart.getByText("Show data as table", { exact: true }).click();
    await expect(r.valueChart.getByRole("img")).toBeVisible();
    expect(await seriousAxeViolations(page, ["#results"])).toEqual([]);
  });

  test("on a 390 px phone the rows become cards that fit the screen and still sort", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const r = new ResultsPanel(page);
    await r.goto();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await r.rows.first().boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await expect(r.rows.first().locator('td[data-column="cost"]')).toBeVisible();

    await page.getByLabel("Sort by", { exact: true }).selectOption("cost");
    const costs = await r.numbers("cost");
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });
});
