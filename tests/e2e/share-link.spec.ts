import { expect, test } from "@playwright/test";
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { AdvisorPage } from "./pages/advisor-page";
import { ResultsView } from "./pages/results-view";
import { waitForAdvisorHydration } from "./pages/wait-for-hydration";
import v1Link from "../fixtures/share-links/v1.json";
import v2Link from "../fixtures/share-links/v2.json";

/**
 * A share link carries the whole advisor state, the results table's view included: an advisor
 * who pins, sorts, filters (type, data location, accelerator, text) and hides columns before
 * sending the link, and the client who opens it, see the same table. Links written by earlier versions (checked-in fixtures, made by the
 * old encoders) still open.
 */
test.describe("share links", () => {
  test("shared link restores pins, sort, filters and columns", async ({ page, context, browser }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const advisor = new AdvisorPage(page);
    const table = new ResultsView(page);
    await advisor.goto("en");

    await table.chip("Cloud computing services").check();
    await table.chip("Overseas").check();
    await table.filterAccelerators(["H100 SXM5 80 GB", "H200 SXM 141 GB"]);
    await expect(table.acceleratorPicker.locator("summary")).toHaveText("Accelerators (2)");
    await table.search.fill("sxm");
    await expect.poll(() => table.rows.count()).toBeGreaterThan(2);

    await table.pinRows(0, 2);
    await table.sortBy("Est. total cost", "descending");

    await table.hideColumn("Per month");
    await expect(table.header("Per month")).toHaveCount(0);
    await page.getByRole("radio", { name: "USD", exact: true }).check();

    const sent = await table.visible();
    expect(sent.pinned).toHaveLength(2);
    expect(sent.columns).not.toContain("monthly");
    expect(sent.sorted).toEqual({ column: expect.stringContaining("Est. total cost"), dir: "descending" });
    expect(sent.costs[0]).toMatch(/US\$/);
    expect(sent.search).toBe("sxm");
    expect(sent.accelerators).toEqual(["H100 SXM5 80 GB", "H200 SXM 141 GB"]);
    expect(sent.checkedChips).toEqual(["Cloud computing services", "Overseas"]);
    expect(sent.currency).toBe("USD");

    const url = await table.copyLink();
    expect(url).toMatch(/\/en\?v=3&s=/);
    // The address bar carries the same state once the debounced write lands.
    await expect.poll(() => page.url()).toBe(url);

    // A fresh browser context: nothing shared with the sender but the link.
    const fresh = await browser.newContext();
    const opened = await fresh.newPage();
    await opened.goto(url);
    const received = new ResultsView(opened);
    await expect(received.rows.first()).toBeVisible();
    // The server sends the top rows; the rest join when the table hydrates.
    await waitForAdvisorHydration(opened);
    expect(await received.visible()).toEqual(sent);
    await expect(new AdvisorPage(opened).notice).toHaveCount(0);
    // Both pinned options are in the side-by-side comparison.
    await expect(opened.getByRole("region", { name: "Side-by-side comparison of 2 options", exact: true })).toBeVisible();
    await fresh.close();
  });

  for (const [version, link, expected] of [
    ["v1", v1Link, { workload: "inference", currency: "USD", method: "TOPSIS" }],
    ["v2", v2Link, { workload: "llm-fine-tuning", currency: "CNY", method: "Weighted sum" }],
  ] as const) {
    test(`a ${version} link made by the old encoder still opens, and is rewritten as v3`, async ({ page, context }) => {
      const advisor = new AdvisorPage(page);
      await advisor.goto("en", `?${link.query}`);
      await expect(advisor.notice).toHaveCount(0);
      await expect(advisor.field("Workload type")).toHaveValue(expected.workload);
      await expect(page.getByRole("radio", { name: expected.currency, exact: true })).toBeChecked();
      await expect(page.getByRole("radio", { name: expected.method, exact: true })).toBeChecked();
      const table = new ResultsView(page);
      const before = await table.visible();
      expect(before.sorted?.dir).toBe("ascending");
      expect(before.pinned).toEqual([]);

      // The advisor writes the migrated state back as a v3 link, which opens the same table.
      await expect.poll(() => new URL(page.url()).searchParams.get("v")).toBe("3");
      const other = await context.newPage();
      await other.goto(page.url());
      await waitForAdvisorHydration(other);
      const again = new ResultsView(other);
      expect(await again.visible()).toEqual(before);
      await expect(new AdvisorPage(other).notice).toHaveCount(0);
    });
  }

  test("a link pinning an offer the catalogue lacks opens the rest, and says what was left out", async ({ page, context }) => {
    const advisor = new AdvisorPage(page);
    const table = new ResultsView(page);
    await advisor.goto("en");
    await table.pinButton(table.rows.nth(1)).click();
    await page.getByRole("radio", { name: "CNY", exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("s") ?? "").not.toBe("");
    const pinnedId = (await table.visible()).pinned;
    await expect.poll(() => JSON.parse(decompressFromEncodedURIComponent(new URL(page.url()).searchParams.get("s")!)).table.pins).toEqual(pinnedId);

    // The same state with a pin on an offer this catalogue no longer has, as an older link could carry.
    const state = JSON.parse(decompressFromEncodedURIComponent(new URL(page.url()).searchParams.get("s")!));
    state.table.pins = ["retired-offer", ...state.table.pins];
    const other = new AdvisorPage(await context.newPage());
    await other.goto("en", `?v=3&s=${encodeURIComponent(compressToEncodedURIComponent(JSON.stringify(state)))}`);
    await expect(other.notice).toContainText("Part of the link was not recognised and was left out: pinned options.");
    const restored = await new ResultsView(other.page).visible();
    expect(restored.pinned).toEqual(pinnedId);
    expect(restored.currency).toBe("CNY");
  });
});
