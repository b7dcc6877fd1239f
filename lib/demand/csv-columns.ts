/**
 * The columns of a firm-population CSV: one row per workload, the needs schema's fields
 * flattened to dot paths (so a validation error's path is the column's name), plus two
 * firm columns. Rows with the same `firm` value are the workloads of one firm (empty =
 * a firm of its own). Lists are separated by ";". Price overrides are not importable.
 */
export const CSV_COLUMN_KINDS = ["text", "number", "boolean", "list", "date"] as const;
export type CsvColumnKind = (typeof CSV_COLUMN_KINDS)[number];

export type CsvColumn = { name: string; kind: CsvColumnKind; required: boolean; example: string; example2: string };

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: "firm", kind: "text", required: false, example: "firm-001", example2: "firm-001" },
  { name: "governmentFunded", kind: "boolean", required: false, example: "true", example2: "true" },
  { name: "workload", kind: "text", required: true, example: "llm-fine-tuning", example2: "inference" },
  { name: "gpuHoursPerMonth", kind: "number", required: true, example: "800", example2: "300" },
  { name: "durationMonths", kind: "number", required: true, example: "12", example2: "12" },
  { name: "hoursMeasuredOn", kind: "text", required: false, example: "h100-sxm", example2: "" },
  { name: "peakGpus", kind: "number", required: false, example: "8", example2: "1" },
  { name: "multiNode", kind: "boolean", required: false, example: "false", example2: "" },
  { name: "storageTb", kind: "number", required: false, example: "5", example2: "0.5" },
  { name: "egressTbPerMonth", kind: "number", required: false, example: "0", example2: "" },
  { name: "dataSensitivity", kind: "text", required: false, example: "confidential", example2: "personal" },
  { name: "mainlandDataOrigin", kind: "text", required: false, example: "", example2: "" },
  { name: "residency", kind: "text", required: false, example: "anywhere", example2: "hk-only" },
  { name: "organisation.hkRegistered", kind: "boolean", required: false, example: "true", example2: "true" },
  { name: "organisation.mainlandEntity", kind: "boolean", required: false, example: "false", example2: "false" },
  { name: "organisation.university", kind: "boolean", required: false, example: "false", example2: "false" },
  { name: "organisation.hostCountryPartner", kind: "boolean", required: false, example: "false", example2: "false" },
  { name: "organisation.overseasEntities", kind: "list", required: false, example: "SG", example2: "" },
  { name: "organisation.memberOf", kind: "list", required: false, example: "", example2: "" },
  { name: "accelerator.model", kind: "text", required: false, example: "any", example2: "" },
  { name: "accelerator.minMemoryGb", kind: "number", required: false, example: "80", example2: "" },
  { name: "budgetHkd", kind: "number", required: false, example: "", example2: "120000" },
  { name: "startBy", kind: "date", required: false, example: "", example2: "" },
  { name: "tools", kind: "list", required: false, example: "jupyter;containers", example2: "api" },
  { name: "supportLanguage", kind: "text", required: false, example: "zh-HK", example2: "en" },
  { name: "subsidies", kind: "list", required: false, example: "", example2: "" },
  { name: "allowCommitment", kind: "boolean", required: false, example: "true", example2: "false" },
];

export const CSV_COLUMN_NAMES: readonly string[] = CSV_COLUMNS.map((c) => c.name);
export const REQUIRED_CSV_COLUMNS: readonly string[] = CSV_COLUMNS.filter((c) => c.required).map((c) => c.name);

const quote = (s: string) => (/[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The downloadable template: every column, two example rows (one firm with two workloads). */
export function csvTemplate(): string {
  return (
    [CSV_COLUMNS.map((c) => c.name), CSV_COLUMNS.map((c) => quote(c.example)), CSV_COLUMNS.map((c) => quote(c.example2))]
      .map((r) => r.join(","))
      .join("\r\n") + "\r\n"
  );
}
