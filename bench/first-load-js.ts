import { createRequire } from "node:module";

type Row = { route: string; chunks: number; rawKiB: number; gzipKiB: number };
const { firstLoadJs } = createRequire(import.meta.url)("../tests/bundle-size.cjs") as { firstLoadJs: (distDir: string) => Row[] };

/** First-load JS per route of a build, gzip kB (issue 12 budget: < 180 per page). */
export function benchFirstLoadJs(distDir: string) {
  return firstLoadJs(distDir)
    .filter((r) => !r.route.startsWith("/api/"))
    .map((r) => ({ name: "first-load-js", route: r.route, kB: r.gzipKiB, rawKB: r.rawKiB, chunks: r.chunks }));
}
