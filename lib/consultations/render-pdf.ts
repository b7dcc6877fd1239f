import "server-only";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** The browser that prints reports: `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
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
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
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
