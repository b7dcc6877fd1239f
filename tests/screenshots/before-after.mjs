// Before/after screenshots of one change: the same pages, presets and dialogs captured from two
// running builds. Usage: node tests/screenshots/before-after.mjs <base URL> <output dir>
// (CHROMIUM_PATH overrides /usr/bin/chromium). Used for tests/artifacts/issue-8/.
import { chromium } from "playwright";
const [, , base, out] = process.argv;
const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const SIZES = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } };
const PRESET = { en: "Inference service", "zh-HK": "推理服務" };
const EXPLAIN = /^(Explain this result|解釋此結果)$/;
for (const [size, viewport] of Object.entries(SIZES)) {
  for (const locale of ["en", "zh-HK"]) {
    const ctx = await b.newContext({ viewport });
    const p = await ctx.newPage();
    await p.goto(`${base}/${locale}`, { waitUntil: "networkidle" });
    await p.screenshot({ path: `${out}/advisor-${locale}-${size}.png` });
    await p.getByRole("button", { name: PRESET[locale], exact: true }).first().click();
    await p.waitForTimeout(1500);
    const row = p.locator("tr.offer-row").nth(2);
    await row.scrollIntoViewIfNeeded();
    await p.waitForTimeout(500);
    await row.locator("button.row-toggle").click();
    await p.waitForTimeout(800);
    await row.evaluate((r) => r.scrollIntoView({ block: "start" }));
    await p.screenshot({ path: `${out}/inference-row3-${locale}-${size}.png` });
    await p.getByRole("button", { name: EXPLAIN }).first().click();
    const dialog = p.getByRole("dialog");
    await dialog.waitFor();
    await p.waitForTimeout(800);
    // The hard-rule checks: the section the issue found marking a ranked option "Failed".
    const rules = dialog.locator("table").filter({ hasText: /Residency|駐留|rule|規則/ }).first();
    if (await rules.count()) await rules.scrollIntoViewIfNeeded();
    await p.screenshot({ path: `${out}/inference-row3-explain-${locale}-${size}.png` });
    for (const path of ["catalogue", "method"]) {
      await p.goto(`${base}/${locale}/${path}`, { waitUntil: "networkidle" });
      await p.screenshot({ path: `${out}/${path}-${locale}-${size}.png` });
    }
    await ctx.close();
  }
}
await b.close();
