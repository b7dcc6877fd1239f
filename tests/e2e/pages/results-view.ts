import { expect, type Locator, type Page } from "@playwright/test";

/** What a reader sees of the results table: the rows in order, the pins, the columns, the sort, the filters, the currency. */
export type VisibleTable = {
  offerIds: string[];
  pinned: string[];
  columns: string[];
  sorted: { column: string; dir: string } | null;
  costs: string[];
  search: string;
  checkedChips: string[];
  /** Ticked models in the accelerator picker, without their counts. */
  accelerators: string[];
  currency: string;
};

/** The advisor's results table and its toolbar (English UI), driven the way a user drives them. */
export class ResultsView {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.locator("tr.offer-row[data-offer-id]");
  }

  get search(): Locator {
    return this.page.getByRole("searchbox", { name: "Filter options", exact: true });
  }

  /** A family or region chip, named with its count ("Cloud computing services 12"). */
  chip(name: string): Locator {
    return this.page.getByRole("checkbox", { name: new RegExp(`^${name} \\d+$`) });
  }

  header(name: string): Locator {
    return this.page.getByRole("columnheader", { name, exact: true });
  }

  pinButton(row: Locator): Locator {
    return row.getByRole("button", { name: /^Compare / });
  }

  get acceleratorPicker(): Locator {
    return this.page.locator("details").filter({ has: this.page.locator("summary.btn", { hasText: /^Accelerators?\b/ }) });
  }

  /** Ticks accelerator models in the picker (by name, e.g. "H100 SXM5 80 GB"). */
  async filterAccelerators(names: string[]): Promise<void> {
    await this.acceleratorPicker.locator("summary").click();
    for (const name of names) await this.acceleratorPicker.getByRole("checkbox", { name: new RegExp(`^${name} \\d+$`) }).check();
    await this.acceleratorPicker.locator("summary").click();
  }

  /** Pins the rows at these positions (0-based, in the order shown) for the side-by-side comparison. */
  async pinRows(...positions: number[]): Promise<void> {
    for (const i of positions) await this.pinButton(this.rows.nth(i)).click();
  }

  /** Clicks a column's sort button until the column is sorted in `dir` (a column sorts one way, then the other). */
  async sortBy(column: string, dir: "ascending" | "descending"): Promise<void> {
    const header = this.header(column);
    for (let i = 0; i < 3 && (await header.getAttribute("aria-sort")) !== dir; i++) await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", dir);
  }

  async hideColumn(label: string): Promise<void> {
    await this.page.locator("summary", { hasText: "Columns" }).click();
    await this.page.getByRole("checkbox", { name: label, exact: true }).uncheck();
    await this.page.locator("summary", { hasText: "Columns" }).click();
  }

  /** "Copy link", then the copied URL (from the clipboard, or the fallback field when copying is refused). */
  async copyLink(): Promise<string> {
    await this.page.getByRole("button", { name: "Copy link", exact: true }).click();
    const fallback = this.page.getByLabel(/^Could not copy automatically/);
    await expect(this.page.getByText("Link copied", { exact: true }).or(fallback)).toBeVisible();
    if (await fallback.count()) return fallback.inputValue();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async visible(): Promise<VisibleTable> {
    await expect(this.rows.first()).toBeVisible();
    const sortedHeader = this.page.locator("thead th[aria-sort]");
    const sorted =
      (await sortedHeader.count()) === 1
        ? { column: ((await sortedHeader.textContent()) ?? "").trim(), dir: (await sortedHeader.getAttribute("aria-sort")) ?? "" }
        : null;
    return {
      offerIds: await this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-offer-id") ?? "")),
      pinned: await this.rows.evaluateAll((rows) =>
        rows.filter((r) => r.querySelector('button[aria-pressed="true"]')).map((r) => r.getAttribute("data-offer-id") ?? ""),
      ),
      columns: await this.rows.first().locator("[data-column]").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-column") ?? "")),
      sorted,
      costs: await this.rows.locator('td[data-column="cost"]').allInnerTexts(),
      search: await this.search.inputValue(),
      checkedChips: await this.page
        .getByRole("group", { name: /^(Type|Where the data is held)$/ })
        .locator(".chip input:checked")
        .evaluateAll((inputs) => inputs.map((i) => (i.closest("label")?.textContent ?? "").replace(/\d+$/, "").trim())),
      accelerators: await this.acceleratorPicker
        .locator("input:checked")
        .evaluateAll((inputs) => inputs.map((i) => (i.closest("label")?.textContent ?? "").replace(/\d+$/, "").trim())),
      currency: await this.page.locator('input[name="display-currency"]:checked').inputValue(),
    };
  }
}
