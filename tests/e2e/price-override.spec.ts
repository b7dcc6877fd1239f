import { expect, test, type Page } from "@playwright/test";
import { AdvisorPage } from "./pages/advisor-page";

const MAIN_CENTRE_ROWS = "tr.offer-row[data-offer-id^='cyberport-aisc-']:not([data-offer-id='cyberport-aisc-poc'])";

/** Total cost (HK$, first number of the cost cell) of every main centre row, by offer id. */
async function centreCosts(page: Page): Promise<Record<string, number>> {
  const rows = await page.locator(MAIN_CENTRE_ROWS).all();
  const out: Record<string, number> = {};
  for (const row of rows) {
    const id = (await row.getAttribute("data-offer-id")) ?? "";
    const text = await row.locator("td.col-cost").innerText();
    out[id] = Number((/HK\$([\d,]+)/.exec(text)?.[1] ?? "NaN").replaceAll(",", ""));
  }
  return out;
}

test("the HK-centre override changes the centre's main rows, and names what it applies to in full", async ({ page }) => {
  const advisor = new AdvisorPage(page);
  await advisor.goto("en");
  const before = await centreCosts(page);
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(2);

  await page.getByRole("button", { name: "Override the Hong Kong AI supercomputing centre price (all its options)" }).click();
  await expect(page.getByText(/Applies to every option of .+ \(\d+\)/)).toBeVisible();
  const amount = page.getByLabel("Quoted price", { exact: true }).last();
  await amount.fill("12");
  const all = (now: Record<string, number>, than: Record<string, number>, cmp: (a: number, b: number) => boolean) =>
    Object.keys(than).every((id) => now[id] !== undefined && cmp(now[id], than[id]!));
  await expect.poll(async () => all(await centreCosts(page), before, (a, b) => a < b)).toBe(true);
  const at12 = await centreCosts(page);

  await amount.fill("120");
  await expect.poll(async () => all(await centreCosts(page), at12, (a, b) => a > b)).toBe(true);
});
