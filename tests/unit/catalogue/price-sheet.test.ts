import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nextVersion } from "@/lib/catalogue/apply-price-sheet";
import { catalogueHistorySchema, changesSince } from "@/lib/catalogue/catalogue-history-schema";
import { parseCatalogue } from "@/lib/catalogue/parse-catalogue";
import { parseSheetRows } from "@/lib/catalogue/price-sheet-row";
import { readCatalogueFiles } from "@/lib/catalogue/read-catalogue-files";

const ROOT = join(__dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const HEADER = "offerId,figure,value,currency,sourceUrl,asOf,basis,note,low,high";
const TODAY = "2026-12-03";

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A temporary copy of data/ and a sheet file in it. */
function sandbox(sheet: string): { dir: string; data: string; sheet: string } {
  const dir = mkdtempSync(join(tmpdir(), "price-sheet-"));
  temps.push(dir);
  const data = join(dir, "data");
  cpSync(join(ROOT, "data"), data, { recursive: true });
  const sheetPath = join(dir, "sheet.csv");
  writeFileSync(sheetPath, `${HEADER}\n${sheet}\n`);
  return { dir, data, sheet: sheetPath };
}

function run(s: { data: string; sheet: string }) {
  return spawnSync(TSX, ["lib/catalogue/cli/catalogue-cli.ts", "import", s.sheet, "--data", s.data, "--today", TODAY], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
}

/** Every file under a directory with its content, to prove nothing was written. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".json") || f.endsWith(".md"))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
}

const offer = (data: string, id: string) => parseCatalogue(readCatalogueFiles(data)).offers.find((o) => o.id === id)!;

describe("price sheet rows", () => {
  const rows = (line: string) =>
    parseSheetRows([Object.fromEntries(HEADER.split(",").map((h, i) => [h, line.split(",")[i] ?? ""]))], HEADER.split(","));
  it.each([
    ["a value that is not a number", "x,price.perAcceleratorHour,abc,USD,https://e.com,2026-11-01,vendor,,,", "value"],
    ["an unknown figure", "x,price.perHour,1,USD,https://e.com,2026-11-01,vendor,,,", "figure"],
    ["a money figure without a currency", "x,price.perAcceleratorHour,1,,https://e.com,2026-11-01,vendor,,,", "currency"],
    ["days with a currency", "x,leadTimeDays,3,USD,https://e.com,2026-11-01,vendor,,,", "currency"],
    ["a bad date", "x,leadTimeDays,3,,https://e.com,1 Nov 2026,vendor,,,", "asOf"],
    ["a relative URL", "x,leadTimeDays,3,,/pricing,2026-11-01,vendor,,,", "sourceUrl"],
    ["an estimate without a range", "x,leadTimeDays,3,,https://e.com,2026-11-01,estimate,a long enough note for the estimate,,", "low"],
    ["a value outside its range", "x,leadTimeDays,3,,https://e.com,2026-11-01,estimate,a long enough note for the estimate,4,9", "low"],
    ["an unknown basis", "x,leadTimeDays,3,,https://e.com,2026-11-01,guess,,,", "basis"],
  ])("refuses %s (line 2 named, with the column)", (_, line, column) => {
    const { rows: ok, errors } = rows(line);
    expect(ok).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toContainEqual([2, column]);
  });

  it("refuses a header with a missing or unknown column", () => {
    expect(parseSheetRows([], ["offerId", "figure", "value", "currency", "sourceUrl", "asOf", "price"]).errors).toEqual([
      { line: 1, column: "basis", reason: "missing column in the header" },
      { line: 1, column: "price", reason: expect.stringMatching(/^unknown column/) },
    ]);
  });
});

describe("nextVersion and changesSince", () => {
  it.each([
    ["2026.11.25", "2026-12-03", "2026.12.03"],
    ["2026.12.03", "2026-12-03", "2026.12.03.2"],
    ["2026.12.03.2", "2026-12-03", "2026.12.03.3"],
  ])("%s changed on %s → %s", (current, today, expected) => expect(nextVersion(current, today)).toBe(expected));
});

describe("npm run catalogue -- import", () => {
  it("applies a good sheet: new figures and sources, version bumped, history appended, diff and rank changes printed", () => {
    const s = sandbox(
      [
        "aws-tokyo-p5-h100,price.perAcceleratorHour,7.5,USD,https://aws.amazon.com/ec2/pricing/on-demand/,2026-11-20,vendor,,,",
        "aws-tokyo-p5-h100,leadTimeDays,2,,https://aws.amazon.com/ec2/pricing/on-demand/,2026-11-20,estimate,quota increases for P5 usually take one to three days,1,3",
      ].join("\n"),
    );
    const before = offer(s.data, "aws-tokyo-p5-h100");
    const r = run(s);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`aws-tokyo-p5-h100 price.perAcceleratorHour: USD ${before.price.perAcceleratorHour} → USD 7.5`);
    expect(r.stdout).toMatch(/as of 2026-11-20, vendor, fresh/);
    expect(r.stdout).toMatch(/rank changes \(four presets\)/);

    const after = offer(s.data, "aws-tokyo-p5-h100");
    expect(after.price.perAcceleratorHour).toBe(7.5);
    expect(after.leadTimeDays).toBe(2);
    expect(after.ranges?.leadTimeDays).toMatchObject({ low: 1, high: 3 });
    // The new source alone covers each updated figure; the estimate is dated by its input and by when it was made.
    expect(after.sources.filter((x) => x.covers.includes("price.perAcceleratorHour"))).toEqual([
      { url: "https://aws.amazon.com/ec2/pricing/on-demand/", asOf: "2026-11-20", basis: "vendor", covers: ["price.perAcceleratorHour"] },
    ]);
    expect(after.sources.find((x) => x.covers.includes("leadTimeDays"))).toMatchObject({ basis: "estimate", madeOn: TODAY });

    const cat = parseCatalogue(readCatalogueFiles(s.data));
    expect(cat.version).toBe(nextVersion(parseCatalogue(readCatalogueFiles(join(ROOT, "data"))).version, TODAY));
    const history = catalogueHistorySchema.parse(JSON.parse(readFileSync(join(s.data, "catalogue-history.json"), "utf8")));
    const last = history.entries.at(-1)!;
    expect(last).toMatchObject({ version: cat.version, appliedOn: TODAY, sheet: "sheet.csv" });
    expect(last.changes).toMatchObject([
      {
        offerId: "aws-tokyo-p5-h100",
        figure: "price.perAcceleratorHour",
        oldValue: before.price.perAcceleratorHour,
        newValue: 7.5,
        currency: "USD",
      },
      { offerId: "aws-tokyo-p5-h100", figure: "leadTimeDays", oldValue: before.leadTimeDays, newValue: 2, currency: null },
    ]);
    expect(changesSince(history, last.previousVersion)).toEqual([last]);
    expect(changesSince(history, last.version)).toEqual([]);
  }, 60_000);

  it("refuses a sheet with one bad row as a whole: every problem listed, nothing written", () => {
    const s = sandbox(
      [
        "aws-tokyo-p5-h100,price.perAcceleratorHour,7.5,USD,https://aws.amazon.com/ec2/pricing/on-demand/,2026-11-20,vendor,,,",
        "no-such-offer,leadTimeDays,2,,https://example.com/x,2026-11-20,vendor,,,",
        "aws-tokyo-p5-h100,storage.pricePerTbMonth,12,JPY,https://example.com/x,2026-11-20,vendor,,,",
      ].join("\n"),
    );
    const before = snapshot(s.data);
    const r = run(s);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nothing was written");
    expect(r.stderr).toContain('line 3, column offerId: no offer "no-such-offer" in the catalogue');
    expect(r.stderr).toMatch(/line 4, column currency: aws-tokyo-p5-h100 is priced in USD, not JPY/);
    expect(snapshot(s.data)).toEqual(before);
  }, 60_000);

  it("refuses a row the catalogue schema rejects (a figure outside the offer's existing range), nothing written", () => {
    const s = sandbox(
      "aws-tokyo-p5-h100,leadTimeDays,90,,https://example.com/x,2026-11-20,vendor,,,\naws-tokyo-p5-h100,maxAccelerators,0,,https://example.com/x,2026-11-20,vendor,,,",
    );
    const before = snapshot(s.data);
    const r = run(s);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 3, column value: .*aws-tokyo-p5-h100.*maxAccelerators/);
    expect(snapshot(s.data)).toEqual(before);
  }, 60_000);

  it("round-trips: a sheet and then its inverse restore every figure, with two history entries", () => {
    const first = sandbox("azure-hk-nc-t4-v3,leadTimeDays,9,,https://example.com/quota,2026-11-20,vendor,,,");
    const original = offer(first.data, "azure-hk-nc-t4-v3");
    expect(run(first).status).toBe(0);
    const back = join(first.dir, "back.csv");
    writeFileSync(
      back,
      `${HEADER}\nazure-hk-nc-t4-v3,leadTimeDays,${original.leadTimeDays},,https://example.com/quota,2026-11-21,vendor,,,\n`,
    );
    expect(run({ data: first.data, sheet: back }).status).toBe(0);
    const restored = offer(first.data, "azure-hk-nc-t4-v3");
    const { sources: _a, ranges: _b, ...rest } = restored;
    const { sources: _c, ranges: _d, ...orig } = original;
    expect(rest).toEqual(orig);
    const history = catalogueHistorySchema.parse(JSON.parse(readFileSync(join(first.data, "catalogue-history.json"), "utf8")));
    expect(history.entries.slice(-2).map((e) => e.changes[0]!.newValue)).toEqual([9, original.leadTimeDays]);
    expect(history.entries.at(-1)!.previousVersion).toBe(history.entries.at(-2)!.version);
  }, 60_000);
});
