import { expect, test } from "@playwright/test";
import { CONTRACT_BODY, hongKongToday } from "../fixtures/contract-body";
import { seriousAxeViolations } from "./fixtures/axe";
import { AdvisorPage } from "./pages/advisor-page";

/** Today in Hong Kong plus `days`, YYYY-MM-DD (the advisor judges lead times from the Hong Kong date). */
function hongKongDatePlus(days: number): string {
  return new Date(Date.parse(`${hongKongToday()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const HK_CENTRE = /^cyberport-aisc-/;

test.describe("closest misses and what-if hints", () => {
  test("the default profile with a near start date shows a closest miss for the Hong Kong centre; applying it ranks the centre", async ({
    page,
  }) => {
    const advisor = new AdvisorPage(page);
    await advisor.goto("en");
    await advisor.field("Start by (date)").fill(hongKongDatePlus(14));

    const panel = page.getByTestId("hints-panel");
    await expect(panel.getByRole("heading", { name: "Closest misses and what-ifs" })).toBeVisible();
    const centre = panel.locator("li[data-rule='lead-time'][data-offer-id^='cyberport-aisc-']").first();
    await expect(centre).toBeVisible();
    await expect(centre).toContainText(
      /Cyberport AI Supercomputing Centre.*fits if you can start \d+ days later \(by .+\) — it would rank #[123] at HK\$[\d,]+\./,
    );
    const offerId = (await centre.getAttribute("data-offer-id")) ?? "";
    expect(offerId).toMatch(HK_CENTRE);
    const stated = /rank #(\d)/.exec((await centre.innerText()) ?? "")?.[1];

    expect(await seriousAxeViolations(page, ["[data-testid='hints-panel']"])).toEqual([]);

    // "Apply" opens the advisor with the later start date: the centre is then ranked where the hint said.
    await centre.getByRole("link", { name: /^Apply this change to the form: Start \d+ days later/ }).click();
    await expect(advisor.rows.first()).toBeVisible();
    const row = page.locator(`tr.offer-row[data-offer-id='${offerId}']`);
    await expect(row).toBeVisible();
    const ids = await advisor.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-offer-id")));
    expect(ids.indexOf(offerId) + 1).toBe(Number(stated));
  });

  test("the hints read in Chinese with the centre's local name", async ({ page }) => {
    const advisor = new AdvisorPage(page);
    await advisor.goto("zh-HK");
    await page.getByLabel("最遲開始日期", { exact: true }).fill(hongKongDatePlus(14));
    const panel = page.getByTestId("hints-panel");
    const centre = panel.locator("li[data-rule='lead-time'][data-offer-id^='cyberport-aisc-']").first();
    await expect(centre).toContainText(/如果你可以延後 \d+ 日開始.*數碼港.*排名會是第 [123] 位，費用 HK\$[\d,]+/);
  });

  test("POST /api/recommend?include=hints adds a hints array with the centre's closest miss", async ({ request }) => {
    const res = await request.post("/api/recommend?include=hints", {
      data: {
        // The contract example with confidential data allowed anywhere (the defaults), starting in two weeks.
        needs: { ...CONTRACT_BODY.needs, dataSensitivity: "confidential", residency: "anywhere", startBy: hongKongDatePlus(14) },
      },
    });
    expect(res.status()).toBe(200);
    const body = await res.json();
    const misses = (
      body.hints as {
        kind: string;
        offerId: string;
        rule: string;
        change: { field: string; deltaDays: number };
        wouldRank: number;
        costHKD: number;
      }[]
    ).filter((h) => h.kind === "closest-miss");
    const centre = misses.find((h) => HK_CENTRE.test(h.offerId));
    expect(centre).toMatchObject({ rule: "lead-time", change: { field: "startBy" } });
    expect(centre!.change.deltaDays).toBeGreaterThan(0);
    expect(centre!.wouldRank).toBeLessThanOrEqual(3);
    expect(centre!.costHKD).toBeGreaterThan(0);
  });
});
