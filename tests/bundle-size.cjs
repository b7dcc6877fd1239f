// Prints first-load JS per route (raw and gzip) from Next's build diagnostics:
// node tests/bundle-size.cjs  (after `npm run build`)
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const stats = JSON.parse(fs.readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8"));
const routes = Array.isArray(stats) ? stats : Object.entries(stats).map(([route, v]) => ({ route, ...v }));
for (const r of routes) {
  let raw = 0;
  let gz = 0;
  for (const c of r.firstLoadChunkPaths ?? []) {
    const p = fs.existsSync(c) ? c : path.join(".next", c.replace(/^\//, ""));
    if (!fs.existsSync(p)) continue;
    const b = fs.readFileSync(p);
    raw += b.length;
    gz += zlib.gzipSync(b, { level: 9 }).length;
  }
  console.log(JSON.stringify({ route: r.route, chunks: (r.firstLoadChunkPaths ?? []).length, rawKiB: +(raw / 1024).toFixed(1), gzipKiB: +(gz / 1024).toFixed(1) }));
}
