import { expect, test, type APIRequestContext } from "@playwright/test";
import { AdvisorPage } from "./pages/advisor-page";

type LocalNames = { provider: string; name: string; location: string };
type ApiOffer = { id: string; provider: string; name: string; i18n?: Record<"zh-HK" | "zh-CN", LocalNames> };

async function offers(request: APIRequestContext): Promise<Map<string, ApiOffer>> {
  const body = (await (await request.get("/api/catalogue")).json()) as { offers: ApiOffer[] };
  return new Map(body.offers.map((o) => [o.id, o]));
}

const LATIN_ONLY = /^[\p{Script=Latin}\d\s.,&()'’\-/+]+$/u;

for (const locale of ["zh-HK", "zh-CN"] as const) {
  test(`a ${locale} page names every provider the local way where the data has a local name`, async ({ page, request }) => {
    const byId = await offers(request);
    const advisor = new AdvisorPage(page);
    await advisor.goto(locale);
    const rows = await advisor.rows.all();
    expect(rows.length).toBeGreaterThan(0);
    let localised = 0;
    for (const row of rows) {
      const offer = byId.get((await row.getAttribute("data-offer-id")) ?? "");
      const local = offer?.i18n?.[locale];
      if (!offer || !local) continue;
      const provider = (await row.locator(".offer-provider").innerText()).trim();
      expect(provider, offer.id).toBe(local.provider);
      // The point of the check: a provider with a Chinese name is never shown in Latin script only.
      if (!LATIN_ONLY.test(local.provider)) {
        expect(provider, offer.id).not.toMatch(LATIN_ONLY);
        localised += 1;
      }
    }
    expect(localised).toBeGreaterThan(0);

    await page.goto(`/${locale}/catalogue`);
    const catalogueRows = page.locator("tr.offer-row[id^='offer-row-']");
    await expect(catalogueRows.first()).toBeVisible();
    for (const row of await catalogueRows.all()) {
      const id = ((await row.getAttribute("id")) ?? "").replace(/^offer-row-/, "");
      const local = byId.get(id)?.i18n?.[locale];
      if (!local) continue;
      await expect(row.locator(".offer-provider"), id).toHaveText(local.provider);
    }
  });
}

test("an English page keeps the English names", async ({ page, request }) => {
  const byId = await offers(request);
  const advisor = new AdvisorPage(page);
  await advisor.goto("en");
  const first = advisor.rows.first();
  const offer = byId.get((await first.getAttribute("data-offer-id")) ?? "");
  await expect(first.locator(".offer-provider")).toHaveText(offer?.provider ?? "");
});
