import { advisorRowSchema, consultationRowSchema, intakeLinkRowSchema, scenarioFromRow } from "./records";
import { demandScenarioFromRow } from "./demand-scenario-records";

/**
 * How a stored row becomes the record the repository hands out, one reader per record, shared by
 * both adapters: every row read passes through one of these once. Each throws on a corrupt row
 * (a bug or a damaged database, never user input).
 */
export const readRow = {
  consultation: (row: unknown) => consultationRowSchema.parse(row),
  scenario: scenarioFromRow,
  intakeLink: (row: unknown) => intakeLinkRowSchema.parse(row),
  demandScenario: demandScenarioFromRow,
  advisor: (row: unknown) => advisorRowSchema.parse(row),
};

/** A lookup's row, read by `read`; no row (the id or key is unknown) answers null. */
export function readFound<T>(read: (row: unknown) => T, row: unknown): T | null {
  return row === undefined || row === null ? null : read(row);
}
