import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { BENCH_ORIGIN } from "./bench-server";

export const LIGHTHOUSE_PAGES = ["/en", "/zh-HK", "/en/catalogue", "/en/method"];

/*
 * Environment:
 *   LIGHTHOUSE_PAGES=/en,/zh-HK   the pages to measure (default LIGHTHOUSE_PAGES)
 *   LIGHTHOUSE_RUNS=3             runs per page; the line reports the median of each figure (default 1)
 *   LIGHTHOUSE_KEEP=dir           keep every run's full report (dir/<page>-<run>.json) for its
 *                                 trace audits (mainthread-work-breakdown, bootup-time, long-tasks …)
 * Total blocking time grows with the machine's load, so each line carries the 1-minute load
 * average before each run: compare runs made under similar load.
 */
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

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
export function benchLighthouse(pages: readonly string[] = process.env.LIGHTHOUSE_PAGES?.split(",") ?? LIGHTHOUSE_PAGES) {
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1) || 1);
  const keep = process.env.LIGHTHOUSE_KEEP;
  if (keep) mkdirSync(keep, { recursive: true });
  const dir = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
  const out = [];
  try {
    for (const page of pages) {
      const lines: NonNullable<ReturnType<typeof lighthouseRun>>[] = [];
      for (let run = 1; run <= runs; run++) {
        const line = lighthouseRun(page, dir, keep ? path.join(keep, `${page.replace(/\W+/g, "_")}-${run}.json`) : undefined);
        if (line) lines.push(line);
      }
      if (lines.length === 0) continue;
      const med = (k: "performance" | "accessibility" | "bestPractices" | "lcpMs" | "tbtMs" | "cls" | "load1") => median(lines.map((l) => l[k]));
      const line = {
        name: "lighthouse",
        url: page,
        performance: med("performance"),
        accessibility: med("accessibility"),
        bestPractices: med("bestPractices"),
        lcpMs: med("lcpMs"),
        tbtMs: med("tbtMs"),
        cls: med("cls"),
        runs: lines.length,
        load1: +med("load1").toFixed(2),
        ...(lines.length > 1 ? { perRun: lines.map((l) => ({ performance: l.performance, lcpMs: l.lcpMs, tbtMs: l.tbtMs, load1: l.load1 })) } : {}),
      };
      out.push({ ...line, withinBudget: withinBudget(line) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** One Lighthouse run on one page; null when Lighthouse fails (said on stderr). */
function lighthouseRun(page: string, dir: string, keepAs: string | undefined) {
  const url = `${BENCH_ORIGIN}${page}`;
  const load1 = loadavg()[0] ?? 0;
  console.error(`lighthouse: ${url} (load ${load1.toFixed(2)}) …`);
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
    return null;
  }
  if (keepAs) copyFileSync(file, keepAs);
  const lhr = JSON.parse(readFileSync(file, "utf8")) as Lhr;
  for (const w of lhr.runWarnings ?? []) console.error(`lighthouse warning (${page}): ${w}`);
  const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN),
    tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? NaN),
    cls: +(lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3),
    load1,
  };
}
