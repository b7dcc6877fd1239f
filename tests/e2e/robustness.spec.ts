import { expect, test } from "@playwright/test";
import { seriousAxeViolations } from "./fixtures/axe";
import { RobustnessPage } from "./pages/robustness-page";

test.describe("robustness: AHP weights, weight stability and SMAA", () => {
  test("pairwise answers change the weights, CR and ranking; the robustness panel explains the result", async ({ page }) => {
    const robust = new RobustnessPage(page);
    await robust.goto();
    const topBefore = await robust.topOfferId();

    // --- AHP questionnaire: starts at "equal" (20% each, CR 0) ---
    await robust.openQuestionnaire();
    await expect(robust.questionnaire.getByRole("slider")).toHaveCount(10);
    await expect(robust.weight("price")).toHaveText("20.0%");
    await expect(robust.consistency).toContainText("0.00");

    // Price far less important than data security: the weights move, and one extreme answer alone is inconsistent.
    await robust.secondExtremelyMoreImportant("Price", "Data security / privacy");
    await expect(robust.pairSlider("Price", "Data security / privacy")).toHaveAttribute(
      "aria-valuetext",
      "Data security / privacy is extremely more important than price",
    );
    expect(await robust.weightPercent("security")).toBeGreaterThan(await robust.weightPercent("price"));
    expect(await robust.weightPercent("price")).toBeLessThan(20);
    await expect(robust.consistency).toContainText("contradict");
    await expect(robust.questionnaire.getByText("Least consistent answer: Price versus data security / privacy")).toBeVisible();

    // One click takes the suggested value; the warning goes.
    await robust.questionnaire.getByRole("button", { name: "Use suggested value" }).click();
    await expect(robust.pairSlider("Price", "Data security / privacy")).toHaveAttribute(
      "aria-valuetext",
      "Data security / privacy is moderately more important than price",
    );
    await expect(robust.consistency).toContainText("Consistent enough");

    // Every other factor extremely more important than price: consistent (CR 0.00), price ≈ 2.7%.
    for (const other of [
      "Data security / privacy",
      "Computing speed / performance",
      "Ease of application / approval",
      "User experience / tool support",
    ]) {
      await robust.secondExtremelyMoreImportant("Price", other);
    }
    await expect(robust.consistency).toContainText("(CR): 0.00");
    await expect(robust.weight("price")).toHaveText("2.7%");

    await robust.applyWeights();
    await expect.poll(() => robust.topOfferId(), { timeout: 10_000 }).not.toBe(topBefore);

    // --- (a) Weight stability in words and as a chart ---
    await robust.openRobustness();
    await expect(page.getByRole("region", { name: "How robust is this ranking?" })).toBeVisible();
    await expect(robust.stability.getByText(/ranks first with your weights/)).toBeVisible();
    await expect(robust.stability.locator("li").first()).toContainText(/stays first (while|whatever)/);
    await expect(robust.stability.getByRole("img")).toHaveAttribute("aria-label", /weight range over which/);
    await expect.poll(() => robust.paintedPixels(robust.stability), { timeout: 10_000 }).toBeGreaterThan(1_000);

    // --- (b) SMAA in a worker: chance of ranking first and the stacked rank-acceptability chart ---
    await robust.waitForSmaa();
    await expect(robust.smaaStatus).toContainText(/10,000 samples × \d+ options, seed 1, computed in [\d.]+ s\./);
    const status = await robust.smaaStatus.innerText();
    test.info().annotations.push({ type: "smaa-timing", description: status });
    const chances = await robust.chanceFirstValues();
    expect(chances.length).toBeGreaterThan(0);
    expect(chances.every((c) => c > 0 && c <= 100)).toBe(true);
    expect(chances.reduce((s, c) => s + c, 0)).toBeLessThanOrEqual(100.1);
    expect([...chances].sort((a, b) => b - a)).toEqual(chances);
    await expect(robust.acceptability.getByRole("img")).toHaveAttribute("aria-label", /Stacked bar chart of rank acceptability/);
    await expect.poll(() => robust.paintedPixels(robust.acceptability), { timeout: 10_000 }).toBeGreaterThan(5_000);
    await expect(page.getByTestId("central-weights").locator("tbody tr")).toHaveCount(chances.length);

    // Same seed → same numbers; another seed reruns.
    const seed = robust.smaa.getByLabel("Random seed");
    await seed.fill("2");
    await expect(robust.smaaStatus).toContainText("seed 2, computed");
    await seed.fill("1");
    await expect(robust.smaaStatus).toContainText("seed 1, computed");
    await expect.poll(() => robust.chanceFirstValues()).toEqual(chances);

    // Weights are drawn in the priority order by default, and one plain sentence says what the result means.
    const respect = robust.smaa.getByLabel("Respect my priority order");
    await expect(respect).toBeChecked();
    const verdict = page.getByTestId("smaa-verdict");
    await expect(verdict).toContainText(/With weights drawn in your priority order \(.+\), .+ comes first most often \([\d.]+% of draws\)/);
    await expect(verdict).toContainText(/price weight is between \d+% and \d+% \(now \d+%\)/);
    // Unticking it draws weights in any order and reruns.
    await respect.uncheck();
    await expect(robust.smaaStatus).toHaveAttribute("data-state", "done");
    await expect(verdict).toContainText("With weights drawn at random, in any order");
    await respect.check();
    await expect(robust.smaaStatus).toHaveAttribute("data-state", "done");
    await expect(robust.smaa.getByText(/Only weight sets that keep your order: .+ > price\./)).toBeVisible();

    // Data-table alternatives.
    await robust.acceptability.getByText("Show data as table").click();
    await expect(robust.acceptability.getByRole("table")).toBeVisible();

    // Accessibility of both features.
    expect(await seriousAxeViolations(page, ['[data-testid="robustness-panel"]', '[data-testid="ahp-questionnaire"]'])).toEqual([]);
  });

  test("SMAA runs 50,000 samples without blocking the main thread", async ({ page }) => {
    const robust = new RobustnessPage(page);
    await robust.goto();
    await robust.openRobustness();
    // Let the page settle (hydration, lazy charts, the first run), then watch the main thread during a big run:
    // long tasks while the worker computes would show up here.
    await robust.waitForSmaa();
    await page.evaluate(() => {
      (window as unknown as { __longTasks: number[] }).__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { __longTasks: number[] }).__longTasks.push(entry.duration);
      }).observe({ type: "longtask" });
    });
    await robust.smaa.getByRole("radio", { name: "50,000" }).check();
    await expect(robust.smaaStatus).toContainText(/50,000 samples × \d+ options, seed 1, computed/, { timeout: 30_000 });
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    test.info().annotations.push({
      type: "smaa-50k",
      description: `${await robust.smaaStatus.innerText()} long tasks: ${JSON.stringify(longTasks)}`,
    });
    expect(Math.max(0, ...longTasks)).toBeLessThan(250);
  });

  test("zh-HK at 390 px: Traditional Chinese, no sideways overflow, accessible", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const robust = new RobustnessPage(page);
    await robust.goto("zh-HK");
    await expect(page.getByRole("heading", { name: "這個排名有多穩健？" })).toBeVisible();
    await expect(page.getByText("以兩兩比較設定權重")).toBeVisible();
    await robust.waitForSmaa();
    await expect(robust.smaaStatus).toContainText("個樣本");
    await expect(robust.stability).toContainText("仍排第一");
    await robust.openQuestionnaire();
    await expect(robust.questionnaire.getByRole("slider").first()).toHaveAttribute("aria-valuetext", "價格與數據安全 / 私隱同等重要");
    for (const region of [robust.panel, robust.questionnaire]) {
      const { scroll, client } = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client + 1);
    }
    expect(await seriousAxeViolations(page, ['[data-testid="robustness-panel"]', '[data-testid="ahp-questionnaire"]'])).toEqual([]);
  });
});
