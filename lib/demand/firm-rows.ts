import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { checkNeedsReferences } from "@/lib/api/recommend-request";
import { needsSchema } from "@/lib/needs/needs-schema";
import type { Firm } from "@/lib/domain/demand/firm";
import { localiseIssues, type UiLocale } from "@/lib/validation/localise-issues";
import { CSV_COLUMNS, CSV_COLUMN_NAMES, REQUIRED_CSV_COLUMNS, type CsvColumnKind } from "./csv-columns";

/** One problem in an imported file. row 1 is the header; 0 = the file as a whole. */
export type CsvProblem = { row: number; column: string; message: string };

/** Problems kept for display; the count covers all of them. */
export const MAX_LISTED_PROBLEMS = 500;

export type FileProblemCode = "empty" | "missing-columns" | "unknown-columns" | "too-many-rows" | "field-count" | "boolean" | "number";

/** Whole-file messages, localised by the caller (they are message keys of the demand namespace). */
export type FileProblem = { row: number; column: string; code: FileProblemCode; values?: Record<string, string | number> };

export type ImportResult =
  { ok: true; firms: Firm[]; rows: number } | { ok: false; problems: (CsvProblem | FileProblem)[]; problemCount: number; rows: number };

const KIND = new Map(CSV_COLUMNS.map((c) => [c.name, c.kind] as const));
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/** A cell as the needs schema expects it: empty → absent (the default applies); other text kept for zod to reject. */
function cellValue(kind: CsvColumnKind, raw: string): unknown {
  const s = raw.trim();
  if (s === "") return undefined;
  switch (kind) {
    case "number":
      return NUMBER.test(s) ? Number(s) : s;
    case "boolean": {
      const l = s.toLowerCase();
      return TRUE.has(l) ? true : FALSE.has(l) ? false : s;
    }
    case "list":
      return s
        .split(";")
        .map((x) => x.trim())
        .filter((x) => x !== "");
    default:
      return s;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split(".");
  let o = target;
  for (const p of parts.slice(0, -1)) {
    o[p] ??= {};
    o = o[p] as Record<string, unknown>;
  }
  o[parts[parts.length - 1]!] = value;
}

/**
 * Collects firms from CSV records one at a time (a streaming parser feeds it), validating
 * every row with the needs schema and the catalogue's ids. Nothing is returned unless every
 * row is valid: a file with any bad row is refused whole, with every problem listed (row,
 * column, message in the UI language).
 */
export class FirmRowCollector {
  private problems: (CsvProblem | FileProblem)[] = [];
  private problemCount = 0;
  private rows = 0;
  private firms: Firm[] = [];
  private byKey = new Map<string, Firm>();
  private headerOk = true;

  constructor(
    private readonly cat: Catalogue,
    private readonly locale: UiLocale,
    private readonly maxRows: number,
  ) {}

  private add(p: CsvProblem | FileProblem) {
    this.problemCount++;
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push(p);
  }

  /** Checks the header row; false when the file must be refused without reading rows. */
  header(fields: readonly string[]): boolean {
    const names = fields.map((f) => f.trim());
    const missing = REQUIRED_CSV_COLUMNS.filter((c) => !names.includes(c));
    const unknown = names.filter((n) => !CSV_COLUMN_NAMES.includes(n));
    if (names.length === 0 || names.every((n) => n === "")) this.add({ row: 0, column: "", code: "empty" });
    else {
      if (missing.length > 0)
        this.add({ row: 1, column: missing.join(", "), code: "missing-columns", values: { columns: missing.join(", ") } });
      if (unknown.length > 0)
        this.add({ row: 1, column: unknown.join(", "), code: "unknown-columns", values: { columns: unknown.join(", ") } });
    }
    this.headerOk = this.problemCount === 0;
    return this.headerOk;
  }

  /** One data record (row number counts the header as row 1). */
  record(rec: Record<string, string | undefined>, row: number, fieldCountProblem?: { found: number; expected: number }) {
    this.rows++;
    if (this.rows > this.maxRows) {
      if (this.rows === this.maxRows + 1) this.add({ row, column: "", code: "too-many-rows", values: { max: this.maxRows } });
      return;
    }
    if (fieldCountProblem) {
      this.add({ row, column: "", code: "field-count", values: fieldCountProblem });
      return;
    }
    const input: Record<string, unknown> = {};
    let firmKey = "";
    let governmentFunded = false;
    for (const [name, raw] of Object.entries(rec)) {
      if (raw === undefined) continue;
      const kind = KIND.get(name.trim());
      if (kind === undefined) continue;
      const value = cellValue(kind, raw);
      if (name === "firm") firmKey = typeof value === "string" ? value : "";
      else if (name === "governmentFunded") {
        if (value === undefined) continue;
        if (typeof value !== "boolean") this.add({ row, column: name, code: "boolean" });
        else governmentFunded = value;
      } else if (value !== undefined) setPath(input, name, value);
    }
    const parsed = needsSchema.safeParse(input, { reportInput: true });
    const issues = parsed.success
      ? checkNeedsReferences(parsed.data, this.cat)
      : [...parsed.error.issues, ...checkNeedsReferences(input, this.cat)];
    if (issues.length > 0) {
      for (const issue of localiseIssues(issues, this.locale)) {
        const column =
          issue.code === "unrecognized_keys"
            ? ""
            : (CSV_COLUMN_NAMES.find((c) => issue.path === c || issue.path.startsWith(`${c}.`)) ?? issue.path);
        this.add({ row, column, message: issue.message });
      }
      return;
    }
    if (!parsed.success || this.problemCount > 0) return;
    let firm = firmKey === "" ? undefined : this.byKey.get(firmKey);
    if (!firm) {
      firm = { workloads: [], governmentFunded, profitable: parsed.data.allowCommitment, allLayers: false, budgetHkd: null };
      this.firms.push(firm);
      if (firmKey !== "") this.byKey.set(firmKey, firm);
    }
    firm.governmentFunded ||= governmentFunded;
    firm.workloads.push(parsed.data);
  }

  finish(): ImportResult {
    if (this.headerOk && this.rows === 0 && this.problemCount === 0) this.add({ row: 0, column: "", code: "empty" });
    if (this.problemCount > 0) return { ok: false, problems: this.problems, problemCount: this.problemCount, rows: this.rows };
    return { ok: true, firms: this.firms, rows: this.rows };
  }
}
