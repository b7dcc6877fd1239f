import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
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

  // The gate reads ./data of its working directory: a copy with edits stands in for a bad commit.
  const temps: string[] = [];
  afterEach(() => {
    for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
  });
  function runOnCopy(edit: (dataDir: string) => void) {
    const dir = mkdtempSync(join(tmpdir(), "ca-check-catalogue-"));
    temps.push(dir);
    cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
    edit(join(dir, "data"));
    return spawnSync(TSX, [join(ROOT, "lib/catalogue/check-catalogue.ts")], {
      cwd: dir,
      encoding: "utf8",
      timeout: 30_000,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, "tsconfig.json") },
    });
  }
  const editJson = (file: string, change: (json: { offers: Record<string, unknown>[] }) => void) => {
    const json = JSON.parse(readFileSync(file, "utf8")) as { offers: Record<string, unknown>[] };
    change(json);
    writeFileSync(file, JSON.stringify(json));
  };

  it("exits 1 listing every problem with its file, offer and field (and nothing on stdout)", () => {
    const cloud = catalogue.offers.find((o) => o.family === "cloud")!;
    const hk = catalogue.offers.find((o) => o.family === "hk-sc")!;
    const run = runOnCopy((data) => {
      editJson(join(data, "offers/cloud.json"), (j) => {
        const o = j.offers.find((x) => x.id === cloud.id)!;
        (o.price as Record<string, unknown>).perAcceleratorHour = -1;
      });
      editJson(join(data, "offers/hk-sc.json"), (j) => {
        (j.offers.find((x) => x.id === hk.id)!.accelerator as Record<string, unknown>).model = "no-such-accelerator";
      });
    });
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^Invalid catalogue:/);
    expect(run.stderr).not.toContain("— valid");
    expect(run.stderr).toContain(`data/offers/cloud.json: offer "${cloud.id}" field "price.perAcceleratorHour"`);
    expect(run.stderr).toContain("data/offers/hk-sc.json");
    expect(run.stderr).toContain("no-such-accelerator");
    // A readable list, not a stack trace.
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("fails (non-zero) when a listed file is missing, rather than building without it", () => {
    const run = runOnCopy((data) => rmSync(join(data, "offers/overseas-sc.json")));
    expect(run.error).toBeUndefined();
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("overseas-sc.json");
  }, 30_000);
});
