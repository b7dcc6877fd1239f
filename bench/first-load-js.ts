import { createRequire } from "node:module";

type Row = { route: string; chunks: number; rawKiB: number; gzipKiB: number };
const require = createRequire(import.meta.url);
const { firstLoadJs } = require("../tests/bundle-size.cjs") as { firstLoadJs: (distDir: string) => Row[] };
// The same budget `npm test` enforces after the build (tests/check-bundle-budget.cjs).
const { BUDGET_GZIP_KIB } = require("../tests/check-bundle-budget.cjs") as { BUDGET_GZIP_KIB: number };

/** First-load JS per route of a build, gzip kB (issue 12 budget: < 180 per page). */
export function benchFirstLoadJs(distDir: string) {
  return firstLoadJs(distDir)
    .filter((r) => !r.route.startsWith("/api/"))
    .map((r) => ({
      name: "first-load-js",
      route: r.route,
      kB: r.gzipKiB,
      rawKB: r.rawKiB,
      chunks: r.chunks,
      budgetKB: BUDGET_GZIP_KIB,
      withinBudget: r.gzipKiB < BUDGET_GZIP_KIB,
    }));
}
