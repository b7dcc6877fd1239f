import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as pgSchema from "@/lib/persistence/postgres/schema";
import * as sqliteSchema from "@/lib/persistence/sqlite/schema";

/**
 * Both dialects build their tables from lib/persistence/table-specs.ts, each with its own
 * drizzle builders, and the shared query parts (lib/persistence/shared-queries.ts) rely on them
 * having the same columns. This checks that the two builders really agree.
 */
const shape = (table: Table) =>
  Object.entries(getTableColumns(table)).map(([key, c]) => ({
    key,
    name: c.name,
    notNull: c.notNull,
    primary: c.primary,
    unique: c.isUnique,
    hasDefault: c.hasDefault,
    type: c.dataType,
  }));

describe("SQLite and PostgreSQL schemas", () => {
  it("define the same tables", () => {
    expect(Object.keys(pgSchema).sort()).toEqual(Object.keys(sqliteSchema).sort());
  });

  it.each(Object.keys(sqliteSchema) as (keyof typeof sqliteSchema)[])("%s has the same columns in both", (name) => {
    const [pg, lite] = [pgSchema[name] as Table, sqliteSchema[name] as Table];
    expect(getTableName(pg)).toBe(getTableName(lite));
    expect(shape(pg)).toEqual(shape(lite));
  });
});
