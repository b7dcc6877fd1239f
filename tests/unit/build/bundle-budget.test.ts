import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

/*
 * tests/check-bundle-budget.cjs run as `npm test` runs it, on a made-up build: a
 * diagnostics/route-bundle-stats.json and chunk files of known gzip size. Random bytes do not
 * compress, so a chunk of n KiB of them weighs a little over n KiB gzip.
 */
const SCRIPT = path.resolve(__dirname, "../../check-bundle-budget.cjs");
const dirs: string[] = [];

function fakeBuild(routes: Record<string, number[]>): string {
  const dist = mkdtempSync(path.join(tmpdir(), "budget-"));
  dirs.push(dist);
  mkdirSync(path.join(dist, "diagnostics"));
  mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
  const stats = Object.entries(routes).map(([route, chunkKiB]) => ({
    route,
    firstLoadChunkPaths: chunkKiB.map((kib, i) => {
      const rel = `static/chunks/${route.replace(/\W+/g, "_")}-${i}.js`;
      writeFileSync(path.join(dist, rel), randomBytes(Math.round(kib * 1024)));
      return `.next/${rel}`;
    }),
  }));
  writeFileSync(path.join(dist, "diagnostics/route-bundle-stats.json"), JSON.stringify(stats));
  return dist;
}

const run = (dist: string) => spawnSync(process.execPath, [SCRIPT, dist], { encoding: "utf8" });

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("first-load JS budget check", () => {
  it("passes when every page is under 180 kB gzip", () => {
    const r = run(fakeBuild({ "/[locale]": [100, 60], "/[locale]/method": [140] }));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("under 180 kB");
  });

  it("fails and names the page when one page is over budget", () => {
    const r = run(fakeBuild({ "/[locale]": [100, 85], "/[locale]/method": [140] }));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/FAILED.*\/\[locale\] \(18\d\.\d kB\)/);
    expect(r.stderr).not.toMatch(/over:.*method/);
  });

  it("does not count API routes, which send no JavaScript to the browser", () => {
    const r = run(fakeBuild({ "/api/recommend": [400], "/[locale]": [120] }));
    expect(r.status).toBe(0);
  });

  it("fails when the build has no page routes to measure", () => {
    const r = run(fakeBuild({}));
    expect(r.status).toBe(1);
  });
});
