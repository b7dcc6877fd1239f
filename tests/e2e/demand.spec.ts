import { expect, test } from "@playwright/test";
import { seriousAxeViolations } from "./fixtures/axe";
import { DemandPage } from "./pages/demand-page";

test.describe("demand sizing", () => {
  test("generate a population, run the sweep, see the curve and its table", async ({ page }) => {
    const d = new DemandPage(page);
    await d.goto("en", "firms=2000&seed=3");
    await d.waitForResult();
    await expect(page.getByTestId("demand-summary")).toContainText("2,000 firms");
    expect(await d.capturedHours()).toBeGreaterThan(0);
    await expect(d.curve.locator("canvas")).toBeVisible();
    await expect(d.curve.locator("tbody tr")).toHaveCount(50);
    await expect(page.getByTestId("calibration-table")).toContainText("71%");
    await expect(d.capacityChart.locator("canvas")).toBeVisible();
    const download = page.waitForEvent("download");
    await d.curve.getByRole("button", { name: "Download CSV" }).click();
    expect((await download).suggestedFilename()).toBe("demand-curve.csv");
  });

  test("changing the price and the subsidy updates the result and the link", async ({ page }) => {
    const d = new DemandPage(page);
    await d.goto("en", "firms=1000&seed=5");
    await d.waitForResult();
    const before = await d.capturedHours();
    await d.price.fill("80");
    await expect(page).toHaveURL(/price=80/);
    await d.waitForResult();
    await expect.poll(() => d.capturedHours()).toBeLessThan(before);
    await d.subsidy.fill("0");
    await expect(page).toHaveURL(/subsidy=0&/);
    await d.waitForResult();
    await expect(d.subsidyCost).toHaveText(/HK\$0/);
    await page.reload();
    await expect(d.price).toHaveValue("80");
    await expect(d.subsidy).toHaveValue("0");
  });

  test("a CSV with a bad row is refused with the row list; a good one is used", async ({ page }) => {
    const d = new DemandPage(page);
    await d.goto("en");
    await d.waitForResult();
    await d.importCsv("bad.csv", "firm,workload,gpuHoursPerMonth,durationMonths\na,inference,100,12\nb,inference,-5,12\nc,teleport,10,0\n");
    const problems = page.getByTestId("import-problems");
    await expect(problems).toBeVisible();
    await expect(page.getByTestId("import-refused")).toContainText("3 problems");
    await expect(problems.locator("tbody tr")).toHaveCount(3);
    await expect(problems).toContainText("durationMonths");
    await expect(problems).toContainText("GPU-hours per month: must be at least 1");
    await expect(problems.locator("tbody tr").first()).toContainText("3");
    await d.importCsv(
      "good.csv",
      "firm,workload,gpuHoursPerMonth,durationMonths\na,inference,100,12\na,dl-training,400,12\nb,llm-fine-tuning,50,6\n",
    );
    await expect(page.getByTestId("import-ok")).toContainText("2 firms");
    await d.waitForResult();
    await expect(page.getByTestId("demand-summary")).toContainText("2 firms (3 workloads)");
  });

  test("the page stays responsive during a large sweep (no long task over 200 ms)", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    const d = new DemandPage(page);
    await d.goto("en");
    await d.waitForResult();
    await page.evaluate(() => {
      (window as unknown as { __longTasks: number[] }).__longTasks = [];
    });
    await page.getByLabel("Number of firms").fill("50000");
    await expect(d.progress).toBeVisible();
    // While the worker computes, the page still answers input.
    await page.getByText("Choice model settings").click();
    await d.waitForResult(120_000);
    await expect(page.getByTestId("demand-summary")).toContainText("50,000 firms");
    const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
    expect(longest).toBeLessThan(200);
  });

  test("a run can be cancelled", async ({ page }) => {
    const d = new DemandPage(page);
    await d.goto("en", "firms=100000&seed=2");
    await expect(d.progress).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByText("Calculation cancelled")).toBeVisible();
  });

  for (const locale of ["en", "zh-HK", "zh-CN"] as const) {
    test(`axe: /${locale}/demand with results has no serious or critical violations`, async ({ page }) => {
      const d = new DemandPage(page);
      await d.goto(locale);
      await d.waitForResult();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }

  test("a Chinese page names the centre's offers by their local names", async ({ page }) => {
    await page.goto("/zh-HK/demand");
    const hint = page.getByText(/適用於中心所有方案/);
    await expect(hint).toContainText("數碼港人工智能超算中心");
    await expect(hint).not.toContainText("Cyberport");
  });

  test("screenshots at desktop and phone width", async ({ page }) => {
    for (const [name, size] of [
      ["desktop", { width: 1366, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      for (const locale of ["en", "zh-HK"] as const) {
        await page.setViewportSize(size);
        const d = new DemandPage(page);
        await d.goto(locale);
        await d.waitForResult();
        await expect(d.curve.locator("canvas")).toBeVisible();
        await expect(page.getByTestId("lambda-chart").locator("canvas")).toBeVisible();
        await page.screenshot({ path: `tests/artifacts/screenshots/demand-${locale}-${name}.png`, fullPage: true });
      }
    }
  });
});

test.describe("POST /api/demand", () => {
  const body = {
    population: { synthetic: { firms: 300, seed: 1 } },
    centre: { priceHkdPerCardHour: 18, subsidyShare: 0.7, leadTimeDays: 75, capacityAccelerators: 1500, targetUtilisation: 0.8 },
  };

  test("answers the contract: calibration, captured demand, a 50-point curve (shares as fractions)", async ({ request }) => {
    const res = await request.post("/api/demand", { data: body });
    expect(res.status()).toBe(200);
    const r = await res.json();
    expect(Object.keys(r).sort()).toEqual(["calibration", "captured", "curve"]);
    expect(r.calibration.observed).toEqual({ cloud: 0.71, "mainland-sc": 0.31, "overseas-sc": 0.26 });
    for (const f of ["cloud", "mainland-sc", "overseas-sc"])
      expect(Math.abs(r.calibration.predicted[f] - r.calibration.observed[f])).toBeLessThan(0.01);
    expect(Object.keys(r.captured).sort()).toEqual(["acceleratorsNeeded", "firmShare", "gpuHoursPerYear", "revenueHkd", "subsidyCostHkd"]);
    expect(r.captured.firmShare).toBeGreaterThan(0);
    expect(r.captured.firmShare).toBeLessThan(1);
    expect(r.curve).toHaveLength(50);
    for (let i = 1; i < r.curve.length; i++) expect(r.curve[i].gpuHoursPerYear).toBeLessThanOrEqual(r.curve[i - 1].gpuHoursPerYear);
    const again = await (await request.post("/api/demand", { data: { ...body, lambda: 0.1 } })).json();
    expect(again).toEqual(r);
  });

  test("bad input answers 400 naming every field, in the caller's language; never 5xx", async ({ request }) => {
    const bad = { population: { synthetic: { firms: 1_000_000, seed: -1 } }, centre: { ...body.centre, subsidyShare: 2 }, lambda: "x" };
    const res = await request.post("/api/demand?lang=zh-HK", { data: bad });
    expect(res.status()).toBe(400);
    const r = await res.json();
    expect(r.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      "centre.subsidyShare",
      "lambda",
      "population.synthetic.firms",
      "population.synthetic.seed",
    ]);
    expect(r.issues.find((i: { path: string }) => i.path === "centre.subsidyShare").message).toContain("必須不多於 1");
    const junk = await request.post("/api/demand", { data: "not json", headers: { "content-type": "application/json" } });
    expect(junk.status()).toBe(400);
  });
});
