import { z } from "zod";
import { CSV_COLUMN_NAMES } from "./csv-columns";
import { MAX_API_ROWS } from "./demand-limits";

// Schema only (no translator): the request schema and the stored scenarios import it, and
// scripts run outside Next (the advisors CLI) load those without next-intl.

/**
 * One cell of a row as JSON: the CSV cell's text, or the JSON value it stands for (a number,
 * true/false, a list as an array of strings; null = an empty cell). The needs schema then
 * checks it exactly as it checks a CSV cell (lib/demand/firm-rows.ts).
 */
const cellSchema = z.union([z.string().max(1000), z.number(), z.boolean(), z.null(), z.array(z.string().max(200)).max(50)]);

/** One row of `population.rows`: the CSV import's columns (csv-columns.ts) as keys, none other. */
export const populationRowSchema = z.partialRecord(z.enum(CSV_COLUMN_NAMES as [string, ...string[]]), cellSchema);
export type PopulationRow = z.output<typeof populationRowSchema>;

/** `population.rows`: 1 to MAX_API_ROWS rows, one per workload (rows sharing `firm` are one firm's). */
export const populationRowsSchema = z.array(populationRowSchema).min(1).max(MAX_API_ROWS);

