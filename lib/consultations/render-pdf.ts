import "server-only";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

export const CHROMIUM_FALLBACKS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] as const;

/**
 * The browser that prints reports: `CHROMIUM_PATH` when set (and only it: a wrong path is
 * reported, not silently replaced), else the first system Chromium found; null when none.
 */
export function chromiumPath(
  env: Record<string, string | undefined> = process.env,
  fallbacks: readonly string[] = CHROMIUM_FALLBACKS,
  exists: (p: string) => boolean = existsSync,
): string | null {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) return exists(chosen) ? chosen : null;
  return fallbacks.find((p) => exists(p)) ?? null;
}

/** At most this many browsers print at once per instance; further requests wait their turn. */
const MAX_CONCURRENT_PRINTS = 2;
let printing = 0;
const waiting: (() => void)[] = [];

async function withPrintSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (printing >= MAX_CONCURRENT_PRINTS) await new Promise<void>((resolve) => waiting.push(resolve));
  printing++;
  try {
    return await fn();
  } finally {
    printing--;
    waiting.shift()?.();
  }
}

export type PdfResult = { ok: true; pdf: Buffer; pages: number } | { ok: false; reason: "no-browser" };

/**
 * Prints a report page to an A4 PDF with headless Chromium (playwright-core `page.pdf()`),
 * using the page's own print stylesheet (@page size and margins). The caller's cookie is
 * forwarded so the report page sees the same signed-in advisor.
 */
export async function renderPdf(url: string, cookie: string | null): Promise<PdfResult> {
  const executablePath = chromiumPath();
  if (!executablePath) return { ok: false, reason: "no-browser" };
  return withPrintSlot(() => printWith(executablePath, url, cookie));
}

async function printWith(executablePath: string, url: string, cookie: string | null): Promise<PdfResult> {
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  try {
    const context = await browser.newContext({ extraHTTPHeaders: cookie ? { cookie } : {}, locale: "en-HK" });
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: "networkidle", timeout: 30_000 });
    if (!response || !response.ok()) throw new Error(`report page answered ${response?.status() ?? "nothing"}`);
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { ok: true, pdf, pages };
  } finally {
    await browser.close();
  }
}
