// First-load JS per route (raw and gzip) from Next's build diagnostics.
//   node tests/bundle-size.cjs [distDir]   (after `npm run build`; distDir defaults to .next)
// `firstLoadJs(distDir)` is also used by `npm run bench` (bench/first-load-js.ts).
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** @param {string} distDir @returns {{ route: string, chunks: number, rawKiB: number, gzipKiB: number }[]} */
function firstLoadJs(distDir = ".next") {
  const stats = JSON.parse(fs.readFileSync(path.join(distDir, "diagnostics/route-bundle-stats.json"), "utf8"));
  const routes = Array.isArray(stats) ? stats : Object.entries(stats).map(([route, v]) => ({ route, ...v }));
  return routes.map((r) => {
    let raw = 0;
    let gz = 0;
    for (const c of r.firstLoadChunkPaths ?? []) {
      const p = fs.existsSync(c) ? c : path.join(distDir, c.replace(/^\//, "").replace(/^\.next[^/]*\//, ""));
      if (!fs.existsSync(p)) continue;
      const b = fs.readFileSync(p);
      raw += b.length;
      gz += zlib.gzipSync(b, { level: 9 }).length;
    }
    return { route: r.route, chunks: (r.firstLoadChunkPaths ?? []).length, rawKiB: +(raw / 1024).toFixed(1), gzipKiB: +(gz / 1024).toFixed(1) };
  });
}

module.exports = { firstLoadJs };

if (require.main === module) {
  for (const row of firstLoadJs(process.argv[2] ?? ".next")) console.log(JSON.stringify(row));
}
