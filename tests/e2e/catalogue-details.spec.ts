import { expect, test } from "@playwright/test";

// The catalogue page's rows carry lean offers; an opened offer's notes and source notes come
// from GET /api/catalogue/offers/{id}/evidence.
test("an opened offer shows its notes and its sources' notes, which the page's HTML does not carry", async ({ page }) => {
  const catalogue = (await (await page.request.get("/api/catalogue")).json()) as {
    offers: { id: string; notes?: string; sources: { note?: string }[] }[];
  };
  const offer = catalogue.offers.find((o) => o.notes && o.sources.some((s) => s.note));
  expect(offer, "an offer with notes and source notes").toBeDefined();
  const sourceNote = offer!.sources.find((s) => s.note)!.note!;

  const html = await (await page.request.get(`/en/catalogue?offer=${offer!.id}`)).text();
  expect(html).not.toContain(sourceNote.slice(0, 40));

  await page.goto(`/en/catalogue?offer=${offer!.id}`);
  const details = page.locator("section.detail-panel");
  await expect(details.getByText(sourceNote, { exact: true })).toBeVisible();
  await expect(details.getByText(offer!.notes!, { exact: true })).toBeVisible();
  await expect(details.locator("[data-evidence]")).toHaveCount(0);
});
