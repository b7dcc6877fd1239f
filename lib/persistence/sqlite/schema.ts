import { index, integer, sqliteTable, text, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { buildTables } from "../table-specs";

/** SQLite tables, built from the dialect-neutral specs in lib/persistence/table-specs.ts. */
export const { advisors, consultations, scenarios, intakeLinks, loginFailures, demandScenarios } = buildTables({
  name: "sqlite",
  table: sqliteTable,
  index,
  // A direct `text` would pick its nameless overload here.
  text: (name) => text(name),
  integer,
  serialKey: (name) => integer(name).primaryKey({ autoIncrement: true }),
  consultationId: (): AnySQLiteColumn => consultations.id,
});
