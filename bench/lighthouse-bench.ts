import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BENCH_ORIGIN } from "./bench-server";

export const LIGHTHOUSE_PAGES = ["/en", "/zh-HK", "/en/catalogue", "/en/method"];

type Lhr = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runWarnings?: string[];
};

/** Issue 12's page budget: performance ≥ 95, accessibility and best practices 100, LCP < 2 s, TBT < 150 ms, CLS < 0.05. */
function withinBudget(l: { performance: number; accessibility: number; bestPractices: number; lcpMs: number; tbtMs: number; cls: number }): boolean {
  return l.performance >= 95 && l.accessibility === 100 && l.bestPractices === 100 && l.lcpMs < 2000 && l.tbtMs < 150 && l.cls < 0.05;
}

/**
 * Lighthouse 12 (mobile preset: simulated slow 4G and 4× CPU slowdown) on each page, with
 * Debian's chromium (CHROME_PATH, default /usr/bin/chromium). Budget (issue 12): performance
 * ≥ 95, accessibility and best practices 100, LCP < 2.0 s, TBT < 150 ms.
 */
export function benchLighthouse(pages: readonly string[] = LIGHTHOUSE_PAGES) {
  const dir = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
  const out = [];
  try {
    for (const page of pages) {
      const url = `${BENCH_ORIGIN}${page}`;
      console.error(`lighthouse: ${url} …`);
      const file = path.join(dir, "report.json");
      const r = spawnSync(
        "node_modules/.bin/lighthouse",
        [
          url,
          "--quiet",
          "--only-categories=performance,accessibility,best-practices",
          "--output=json",
          `--output-path=${file}`,
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic",
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium", XDG_CONFIG_HOME: dir }, stdio: ["ignore", "ignore", "inherit"] },
      );
      if (r.status !== 0) {
        console.error(`lighthouse failed on ${url} (exit ${r.status})`);
        continue;
      }
      const lhr = JSON.parse(readFileSync(file, "utf8")) as Lhr;
      for (const w of lhr.runWarnings ?? []) console.error(`lighthouse warning (${page}): ${w}`);
      const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
      const line = {
        name: "lighthouse",
        url: page,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN),
        tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? NaN),
        cls: +(lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3),
      };
      out.push({ ...line, withinBudget: withinBudget(line) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
