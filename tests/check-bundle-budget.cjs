// The first-load JavaScript budget (issue 12): every page route's first-load JS, gzip, must stay
// under 180 kB. Run by tests/run-all.sh right after `npm run build`; exits 1 naming each page
// over budget. API routes ship no JavaScript to the browser and are not checked.
//   node tests/check-bundle-budget.cjs [distDir]   (distDir defaults to .next)
const { firstLoadJs } = require("./bundle-size.cjs");

const BUDGET_GZIP_KIB = 180;

/** @param {{ route: string, gzipKiB: number }[]} rows */
function pagesOverBudget(rows, budget = BUDGET_GZIP_KIB) {
  return rows.filter((r) => !r.route.startsWith("/api/") && r.gzipKiB >= budget);
}

module.exports = { BUDGET_GZIP_KIB, pagesOverBudget };

if (require.main === module) {
  const rows = firstLoadJs(process.argv[2] ?? ".next").filter((r) => !r.route.startsWith("/api/"));
  if (rows.length === 0) {
    console.error("[budget] no page routes found in the build's route-bundle-stats.json: build first");
    process.exit(1);
  }
  for (const r of rows.sort((a, b) => b.gzipKiB - a.gzipKiB)) console.error(`[budget] ${r.gzipKiB.toFixed(1).padStart(6)} kB  ${r.route}`);
  const over = pagesOverBudget(rows);
  if (over.length > 0) {
    console.error(`[budget] FAILED: first-load JS must be < ${BUDGET_GZIP_KIB} kB gzip on every page; over: ${over.map((r) => `${r.route} (${r.gzipKiB} kB)`).join(", ")}`);
    process.exit(1);
  }
  console.error(`[budget] every page's first-load JS is under ${BUDGET_GZIP_KIB} kB gzip`);
}
