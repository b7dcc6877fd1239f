import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";

const ROOT = join(__dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

describe("check-catalogue CLI (the build gate)", () => {
  it("exits 0 and prints a one-line 'valid' summary on stderr, nothing on stdout", () => {
    expect(existsSync(TSX)).toBe(true);
    const run = spawnSync(TSX, ["lib/catalogue/check-catalogue.ts"], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    const line = run.stderr.trim();
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toMatch(/^catalogue \S+: \d+ offers \(.+\), \d+ accelerators, .*\d.* — valid$/);
    // The counts are the real catalogue's (the wording of the estimates clause is free).
    expect(line).toContain(`catalogue ${catalogue.version}: ${catalogue.offers.length} offers (`);
    expect(line).toContain(`, ${catalogue.accelerators.length} accelerators, `);
    const families = [...new Set(catalogue.offers.map((o) => o.family))];
    for (const f of families) expect(line).toContain(`${f} ${catalogue.offers.filter((o) => o.family === f).length}`);
    // Every offer's price basis is counted once.
    const basis = /price basis ([^—]+) — valid$/.exec(line)?.[1] ?? "";
    const counts = [...basis.matchAll(/(vendor|government|third-party|estimate) (\d+)/g)].map((m) => Number(m[2]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(catalogue.offers.length);
  }, 30_000);
});
