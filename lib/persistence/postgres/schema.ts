import { index, integer, pgTable, serial, text, type AnyPgColumn } from "drizzle-orm/pg-core";
import { buildTables } from "../table-specs";

/** PostgreSQL tables, built from the dialect-neutral specs in lib/persistence/table-specs.ts. */
export const { advisors, consultations, scenarios, intakeLinks, loginFailures, demandScenarios } = buildTables({
  name: "pg",
  table: pgTable,
  index,
  text,
  integer,
  serialKey: (name) => serial(name).primaryKey(),
  consultationId: (): AnyPgColumn => consultations.id,
});
