import { expect, test, type Locator, type Page } from "@playwright/test";
import { AdvisorPage } from "./pages/advisor-page";

type Locale = "en" | "zh-HK";

const HINT: Record<Locale, string> = { en: "Scroll sideways for more columns", "zh-HK": "左右捲動可查看更多欄位" };
const SCROLL_RIGHT: Record<Locale, string> = { en: "Show the columns to the right", "zh-HK": "顯示右邊的欄位" };
const SCROLL_LEFT: Record<Locale, string> = { en: "Show the columns to the left", "zh-HK": "顯示左邊的欄位" };
/** The figures people decide on: on screen at 1366 px without any scrolling. */
const MAIN_COLUMNS = ["pin", "rank", "option", "family", "total", "cost", "monthly", "time"];

type Box = { left: number; right: number };

/** The advisor's comparison table as laid out on screen: its scroll box, headers and affordance. */
class ResultsTableLayout {
  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {}

  get table(): Locator {
    return this.page.locator("table.data-table:has(tr.offer-row[data-offer-id])");
  }
  get scrollBox(): Locator {
    return this.table.locator("xpath=ancestor::div[contains(@class,'table-scroll')][1]");
  }
  get frame(): Locator {
    return this.table.locator("xpath=ancestor::div[contains(@class,'table-frame')][1]");
  }
  get hint(): Locator {
    return this.frame.getByText(HINT[this.locale], { exact: true });
  }
  get scrollRight(): Locator {
    return this.frame.getByRole("button", { name: SCROLL_RIGHT[this.locale], exact: true });
  }
  get scrollLeft(): Locator {
    return this.frame.getByRole("button", { name: SCROLL_LEFT[this.locale], exact: true });
  }

  /** The part of the page the table shows: its scroll box, cut to the viewport. */
  async visibleArea(): Promise<Box> {
    const b = await this.scrollBox.boundingBox();
    const width = this.page.viewportSize()?.width ?? 0;
    if (!b) throw new Error("results table has no box");
    return { left: Math.max(0, b.x), right: Math.min(width, b.x + b.width) };
  }

  /** Each header's column id (col-<id>) with its horizontal extent on the page. */
  async headers(): Promise<{ id: string; left: number; right: number }[]> {
    return this.table.locator("thead th").evaluateAll((ths) =>
      ths.map((th) => {
        const r = th.getBoundingClientRect();
        const id = [...th.classList].find((c) => c.startsWith("col-"))?.slice(4) ?? "?";
        return { id, left: r.left, right: r.right };
      }),
    );
  }
}

async function openAt(page: Page, locale: Locale, width: number, height: number): Promise<ResultsTableLayout> {
  await page.setViewportSize({ width, height });
  await new AdvisorPage(page).goto(locale);
  const layout = new ResultsTableLayout(page, locale);
  await layout.table.scrollIntoViewIfNeeded();
  return layout;
}

for (const locale of ["en", "zh-HK"] as const) {
  test.describe(`results table on a 1366 × 768 laptop (${locale})`, () => {
    test("the main columns fit; every other header is on screen or the scroll affordance says there is more", async ({ page }) => {
      const layout = await openAt(page, locale, 1366, 768);
      // Nothing pushes the page itself sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
      const area = await layout.visibleArea();
      const headers = await layout.headers();
      expect(headers.map((h) => h.id)).toEqual(expect.arrayContaining([...MAIN_COLUMNS, "price", "security", "performance", "approval", "ux"]));
      const offScreen = headers.filter((h) => h.right > area.right + 1 || h.right > 1366);
      for (const h of headers.filter((x) => MAIN_COLUMNS.includes(x.id))) {
        expect(h.right, `${h.id} header fits at 1366 px`).toBeLessThanOrEqual(Math.min(area.right, 1366) + 1);
      }
      if (offScreen.length > 0) {
        // The columns past the edge are announced: visible hint, shaded edge, the region described by it.
        await expect(layout.hint).toBeVisible();
        await expect(layout.frame).toHaveAttribute("data-overflow-end", "");
        const hintId = await layout.hint.getAttribute("id");
        await expect(layout.scrollBox).toHaveAttribute("aria-describedby", hintId ?? "-");
        await expect(layout.scrollRight).toBeEnabled();
        await expect(layout.scrollLeft).toBeDisabled();
      } else {
        await expect(layout.hint).toHaveCount(0);
      }
    });

    test("scrolling sideways keeps the option column in view (sticky) and brings the last factor on screen", async ({ page }) => {
      const layout = await openAt(page, locale, 1366, 768);
      await expect(layout.hint).toBeVisible();
      const area = await layout.visibleArea();
      // The affordance's own button scrolls; press it until the far end.
      for (let i = 0; i < 5 && (await layout.scrollRight.isEnabled()); i += 1) {
        await layout.scrollRight.click();
        await page.waitForTimeout(400);
      }
      await expect(layout.scrollRight).toBeDisabled();
      await expect(layout.scrollLeft).toBeEnabled();
      await expect(layout.frame).toHaveAttribute("data-overflow-start", "");
      expect(await layout.scrollBox.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

      const headers = await layout.headers();
      const option = headers.find((h) => h.id === "option");
      const ux = headers.find((h) => h.id === "ux");
      expect(option && Math.abs(option.left - area.left)).toBeLessThanOrEqual(1);
      expect(ux && ux.right).toBeLessThanOrEqual(area.right + 1);
      // The first row's name is still readable at the left edge, not scrolled away.
      const firstName = page.locator("tr.offer-row[data-offer-id]").first().locator(".col-option .offer-provider");
      const nameBox = await firstName.boundingBox();
      expect(nameBox && nameBox.x).toBeGreaterThanOrEqual(area.left);
      expect(nameBox && nameBox.x + nameBox.width).toBeLessThanOrEqual(area.right);
      await expect(firstName).toBeVisible();
    });
  });
}

test("on a 390 px phone the ranking stays cards: no header row, no sideways scroll, no hint", async ({ page }) => {
  const layout = await openAt(page, "en", 390, 844);
  await expect(layout.table.locator("thead")).toBeHidden();
  const first = page.locator("tr.offer-row[data-offer-id]").first();
  expect(await first.evaluate((row) => getComputedStyle(row).display)).toBe("grid");
  // Each figure carries its column name on the card.
  await expect(first.locator('td[data-column="cost"]')).toHaveAttribute("data-label", "Est. total cost");
  const card = await first.boundingBox();
  expect(card && card.x + card.width).toBeLessThanOrEqual(390);
  await expect(layout.hint).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test.describe("the results filter finds names in every language, as the catalogue's does", () => {
  for (const [locale, box, query] of [
    ["en", "Filter options", "阿里雲"],
    ["zh-HK", "篩選方案", "Alibaba"],
  ] as const) {
    test(`on /${locale}, "${query}" finds the Alibaba rows and only them`, async ({ page }) => {
      await new AdvisorPage(page).goto(locale);
      const rows = page.locator("tr.offer-row[data-offer-id]");
      const alibaba = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-offer-id") ?? "").filter((id) => id.startsWith("alibaba-")));
      expect(alibaba.length).toBeGreaterThan(0);
      await page.getByRole("searchbox", { name: box, exact: true }).fill(query);
      await expect(rows).toHaveCount(alibaba.length);
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-offer-id")))).toEqual(alibaba);
    });
  }
});

test("the catalogue table shares the affordance: at 1024 px its hidden columns are announced and the offer column sticks", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/zh-HK/catalogue");
  const table = page.locator("table.data-table").first();
  await expect(table.locator("tbody tr").first()).toBeVisible();
  const frame = table.locator("xpath=ancestor::div[contains(@class,'table-frame')][1]");
  const box = table.locator("xpath=ancestor::div[contains(@class,'table-scroll')][1]");
  await expect(frame.getByText(HINT["zh-HK"], { exact: true })).toBeVisible();
  await frame.getByRole("button", { name: SCROLL_RIGHT["zh-HK"], exact: true }).click();
  await expect(frame).toHaveAttribute("data-overflow-start", "");
  const boxLeft = (await box.boundingBox())?.x ?? 0;
  const sticky = await table.locator("thead th.col-sticky").boundingBox();
  expect(sticky && Math.abs(sticky.x - boxLeft)).toBeLessThanOrEqual(1);
  expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
