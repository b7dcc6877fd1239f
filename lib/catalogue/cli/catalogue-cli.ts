/**
 * `npm run catalogue -- import <sheet.csv> [--data <dir>] [--today YYYY-MM-DD] [--dry-run]`
 *
 * Applies a price sheet to the catalogue files (lib/catalogue/apply-price-sheet.ts): prints a
 * diff (old → new, % change, the figure's date and staleness) and the rank changes for the four
 * needs presets, bumps the catalogue version and appends the change to data/catalogue-history.json.
 * Any bad row refuses the whole sheet — every problem is listed with its line and column — and
 * nothing is written. `--data` defaults to ./data; `--today` to today's date in Hong Kong.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import Papa from "papaparse";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { applyPriceSheet, type SheetChange } from "../apply-price-sheet";
import { CATALOGUE_PATHS } from "../catalogue-paths";
import { catalogueHistorySchema, type CatalogueHistory, type HistoryRankChange } from "../catalogue-history-schema";
import { CatalogueError } from "../parse-catalogue";
import { parseSheetRows, type SheetError } from "../price-sheet-row";
import { readCatalogueFiles } from "../read-catalogue-files";

const USAGE = "usage: npm run catalogue -- import <sheet.csv> [--data <dir>] [--today YYYY-MM-DD] [--dry-run]";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const fmt = new Intl.NumberFormat("en-HK", { maximumFractionDigits: 4 });

function describeChange(c: SheetChange): string {
  const value = (v: number) => (c.currency === null ? fmt.format(v) : `${c.currency} ${fmt.format(v)}`);
  const pct = c.changePct === null ? "new" : `${c.changePct > 0 ? "+" : ""}${c.changePct.toFixed(2)}%`;
  return `  ${c.offerId} ${c.figure}: ${value(c.oldValue)} → ${value(c.newValue)} (${pct}); as of ${c.asOf}, ${c.basis}, ${c.stale ? "STALE" : "fresh"}`;
}

function describeRank(r: HistoryRankChange): string {
  const at = (n: number | null) => (n === null ? "excluded" : `#${n}`);
  return `  ${r.preset}: ${r.offerId} ${at(r.before)} → ${at(r.after)}`;
}

function printErrors(errors: readonly SheetError[]): void {
  console.error(`refused: ${errors.length} problem(s); nothing was written`);
  for (const e of errors) console.error(`  line ${e.line}, column ${e.column}: ${e.reason}`);
}

function readHistory(path: string): CatalogueHistory {
  if (!existsSync(path)) return { entries: [] };
  return catalogueHistorySchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** Writes every file to a temporary name first, then renames them all: no half-written file. */
function writeAll(files: readonly { path: string; json: unknown }[]): void {
  const tmp = files.map((f) => ({ ...f, tmp: `${f.path}.tmp-${process.pid}` }));
  for (const f of tmp) writeFileSync(f.tmp, `${JSON.stringify(f.json, null, 2)}\n`);
  for (const f of tmp) renameSync(f.tmp, f.path);
}

function runImport(args: string[]): number {
  const sheetPath = args[0];
  if (sheetPath === undefined || sheetPath.startsWith("--")) {
    console.error(USAGE);
    return 2;
  }
  const dataDir = resolve(option(args, "--data") ?? "data");
  const today = option(args, "--today") ?? hongKongDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error(`--today must be YYYY-MM-DD, got "${today}"`);
    return 2;
  }
  const csv = Papa.parse<Record<string, string>>(readFileSync(sheetPath, "utf8"), {
    header: true,
    skipEmptyLines: false,
    transformHeader: (h) => h.trim(),
  });
  // A blank line (e.g. the trailing newline) parses as a short record: not an error; parseSheetRows skips it.
  const blank = (row: number | undefined) => row !== undefined && Object.values(csv.data[row] ?? {}).every((v) => (v ?? "").trim() === "");
  const csvErrors: SheetError[] = csv.errors
    .filter((e) => !blank(e.row))
    .map((e) => ({ line: (e.row ?? 0) + 2, column: "(row)", reason: e.message }));
  const { rows, errors } = parseSheetRows(csv.data, csv.meta.fields ?? []);
  if (csvErrors.length + errors.length > 0) {
    printErrors([...csvErrors, ...errors]);
    return 1;
  }
  const files = readCatalogueFiles(dataDir);
  const result = applyPriceSheet(files, rows, today, basename(sheetPath));
  if (!result.ok) {
    printErrors(result.errors);
    return 1;
  }
  const { entry } = result;
  console.log(`catalogue ${entry.previousVersion} → ${entry.version}: ${entry.changes.length} figure(s) changed`);
  for (const c of result.changes) console.log(describeChange(c));
  console.log(entry.rankChanges.length === 0 ? "rank changes (four presets): none" : "rank changes (four presets):");
  for (const r of entry.rankChanges) console.log(describeRank(r));
  if (args.includes("--dry-run")) {
    console.log("dry run: nothing written");
    return 0;
  }
  const historyPath = join(dataDir, CATALOGUE_PATHS.history);
  const history = readHistory(historyPath);
  const changedOfferFiles = result.files.offerFiles.filter((f, i) => JSON.stringify(f.json) !== JSON.stringify(files.offerFiles[i]?.json));
  writeAll([
    ...changedOfferFiles.map((f) => ({ path: join(dataDir, f.path.replace(/^data\//, "")), json: f.json })),
    { path: join(dataDir, CATALOGUE_PATHS.meta), json: result.files.meta.json },
    { path: historyPath, json: catalogueHistorySchema.parse({ entries: [...history.entries, entry] }) },
  ]);
  console.log(`wrote ${changedOfferFiles.length} offer file(s), ${CATALOGUE_PATHS.meta} and ${CATALOGUE_PATHS.history}`);
  return 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === "import") return runImport(rest);
  } catch (e) {
    if (e instanceof CatalogueError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
