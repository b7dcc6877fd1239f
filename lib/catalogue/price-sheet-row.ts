import { z } from "zod";
import { RANGE_PATHS } from "./catalogue-vocabulary";
import { currencySchema, sourceBasisSchema } from "./offer-schema";

/**
 * One row of a price sheet (CSV with a header line), as `npm run catalogue -- import` reads it:
 *
 *   offerId, figure, value, currency, sourceUrl, asOf, basis, note, low, high
 *
 * `figure` is a figure path the sheet may set (SHEET_FIGURES); `currency` is the offer's price
 * currency for a money figure and empty for days and counts; `note` is required for a
 * third-party or estimate row; an estimate also needs `low` and `high` (its range). Every cell
 * is text; this schema turns it into typed values or says which column is wrong.
 */
export const SHEET_COLUMNS = ["offerId", "figure", "value", "currency", "sourceUrl", "asOf", "basis", "note", "low", "high"] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** The figures a sheet can set: the numeric ones that may carry a range. */
export const SHEET_FIGURES = RANGE_PATHS;
export type SheetFigure = (typeof SHEET_FIGURES)[number];

/** Figures priced in the offer's currency (the others are days or counts). */
export const MONEY_FIGURES: readonly SheetFigure[] = ["price.perAcceleratorHour", "storage.pricePerTbMonth", "egress.pricePerTb"];

const decimal = z
  .string()
  .trim()
  .regex(/^\d+(?:\.\d+)?$/, { error: "must be a non-negative number written with digits and an optional decimal point" })
  .transform(Number);
const optionalDecimal = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === "" ? undefined : s))
  .pipe(decimal.optional());
const empty = (s: string | undefined) => (s ?? "").trim() === "";

export const sheetRowSchema = z
  .object({
    offerId: z.string().trim().min(1, { error: "is empty" }),
    figure: z.enum(SHEET_FIGURES, { error: `must be one of ${SHEET_FIGURES.join(", ")}` }),
    value: decimal,
    currency: z
      .string()
      .optional()
      .transform((s) => (s === undefined || s.trim() === "" ? null : s.trim()))
      .pipe(currencySchema.nullable()),
    sourceUrl: z.url({ error: "must be an absolute URL" }),
    asOf: z.iso.date({ error: "must be a date written YYYY-MM-DD" }),
    basis: sourceBasisSchema,
    note: z
      .string()
      .optional()
      .transform((s) => (s ?? "").trim()),
    low: optionalDecimal,
    high: optionalDecimal,
  })
  .superRefine((r, ctx) => {
    if (r.basis !== "vendor" && r.basis !== "government" && r.note.length < 20) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: "a third-party or estimate row needs a note (≥ 20 characters) saying why / how",
      });
    }
    if (r.basis === "estimate" && (r.low === undefined || r.high === undefined)) {
      ctx.addIssue({ code: "custom", path: [r.low === undefined ? "low" : "high"], message: "an estimate needs its range: low and high" });
    }
    if (r.low !== undefined && r.high !== undefined && !(r.low <= r.value && r.value <= r.high)) {
      ctx.addIssue({ code: "custom", path: ["low"], message: `the value ${r.value} must lie within low ${r.low} – high ${r.high}` });
    }
    if ((r.low === undefined) !== (r.high === undefined)) {
      ctx.addIssue({ code: "custom", path: [r.low === undefined ? "low" : "high"], message: "give both low and high, or neither" });
    }
    const money = MONEY_FIGURES.includes(r.figure);
    if (money && r.currency === null)
      ctx.addIssue({ code: "custom", path: ["currency"], message: `${r.figure} is money: give its currency` });
    if (!money && r.currency !== null)
      ctx.addIssue({ code: "custom", path: ["currency"], message: `${r.figure} is not money: leave the currency empty` });
  });
export type SheetRow = z.output<typeof sheetRowSchema>;

/** A refused row: its line in the sheet (the header is line 1), the column and why. */
export type SheetError = { line: number; column: string; reason: string };

/** Parses the rows (objects keyed by header) and lists every problem; nothing is half-accepted. */
export function parseSheetRows(
  records: readonly Record<string, string | undefined>[],
  header: readonly string[],
): { rows: SheetRow[]; errors: SheetError[] } {
  const errors: SheetError[] = [];
  for (const col of SHEET_COLUMNS.slice(0, 7)) {
    if (!header.includes(col)) errors.push({ line: 1, column: col, reason: "missing column in the header" });
  }
  for (const col of header) {
    if (!(SHEET_COLUMNS as readonly string[]).includes(col))
      errors.push({ line: 1, column: col, reason: `unknown column (expected ${SHEET_COLUMNS.join(", ")})` });
  }
  if (errors.length > 0) return { rows: [], errors };
  const rows: SheetRow[] = [];
  records.forEach((rec, i) => {
    const line = i + 2;
    if (Object.values(rec).every(empty)) return; // a blank line
    const parsed = sheetRowSchema.safeParse(rec);
    if (parsed.success) rows.push(parsed.data);
    else for (const issue of parsed.error.issues) errors.push({ line, column: String(issue.path[0] ?? "(row)"), reason: issue.message });
  });
  return { rows, errors };
}
