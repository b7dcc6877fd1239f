import type { BuildColumns, ColumnBuilderBase } from "drizzle-orm";
import type { PgTableWithColumns } from "drizzle-orm/pg-core";
import type { SQLiteTableWithColumns } from "drizzle-orm/sqlite-core";
import type { ScenarioSource } from "@/lib/consultations/scenario-input";

/**
 * The tables of both dialects, described once. drizzle's column and table builders are per
 * dialect, so each dialect's schema file passes its own builders to `buildTables`; the table
 * and column names, nullability, defaults, keys and indexes live only here. Times are ISO-8601 UTC text (they sort as
 * text) and JSON is text, so both adapters map rows identically and the zod row schemas
 * (lib/persistence/records.ts) serve both. Change a table → `npm run db:generate` writes the
 * next migration of each dialect; never edit an applied one.
 */

/** Where a scenario came from when nothing says otherwise: the advisor page. */
const SCENARIO_SOURCE_DEFAULT: ScenarioSource = "advisor";

/** What a dialect supplies: its own column builders and the column that differs by dialect. */
export type DialectColumns<TText extends TextBuilder<TRef>, TInteger extends IntegerBuilder, TSerial, TRef> = {
  text(name: string): TText;
  integer(name: string): TInteger;
  /** Auto-incremented integer primary key. */
  serialKey(name: string): TSerial;
  /** The consultations table's id, for the owning-consultation foreign keys. */
  consultationId(): TRef;
};

type TextBuilder<TRef> = {
  primaryKey(): unknown;
  notNull(): { unique(): unknown; default(value: string): unknown; references(ref: () => TRef, actions: { onDelete: "cascade" }): unknown };
};
type IntegerBuilder = { notNull(): unknown };
type NotNullOf<B extends { notNull(): unknown }> = ReturnType<B["notNull"]>;

/**
 * The kinds of column the tables use, from a dialect's builders; each takes the column's SQL
 * name. The casts only name what a chained builder call returns for that dialect: drizzle types
 * `notNull()` and the rest by `this`, which a generic constraint cannot carry.
 */
function columnKinds<TText extends TextBuilder<TRef>, TInteger extends IntegerBuilder, TSerial, TRef>(
  d: DialectColumns<TText, TInteger, TSerial, TRef>,
) {
  type Required = NotNullOf<TText>;
  return {
    /** Text primary key (a random id, lib/persistence/new-id.ts). */
    key: (name: string) => d.text(name).primaryKey() as ReturnType<TText["primaryKey"]>,
    serialKey: d.serialKey,
    text: (name: string) => d.text(name).notNull() as Required,
    optionalText: d.text,
    uniqueText: (name: string) => d.text(name).notNull().unique() as ReturnType<Required["unique"]>,
    count: (name: string) => d.integer(name).notNull() as NotNullOf<TInteger>,
    /** The owning consultation: deleting (purging) it deletes the row. */
    consultationRef: (name: string) =>
      d.text(name).notNull().references(d.consultationId, { onDelete: "cascade" }) as ReturnType<Required["references"]>,
    scenarioSource: (name: string) => d.text(name).notNull().default(SCENARIO_SOURCE_DEFAULT) as ReturnType<Required["default"]>,
  };
}

/** One index: its SQL name and the keys of the columns it covers, in order. */
export type IndexSpec<TKey extends string> = { readonly name: string; readonly on: readonly [TKey, ...TKey[]] };

/** The columns of table `t` an index covers, as the non-empty list drizzle's `index().on(…)` takes. */
function indexedColumns<TTable, TKey extends keyof TTable & string>(
  t: TTable,
  on: readonly [TKey, ...TKey[]],
): [TTable[TKey], ...TTable[TKey][]] {
  const [first, ...rest] = on;
  return [t[first], ...rest.map((key) => t[key])];
}

/** One table: its SQL name, its columns and its indexes. */
export type TableSpec<TColumns> = {
  readonly name: string;
  readonly columns: TColumns;
  readonly indexes: readonly IndexSpec<keyof TColumns & string>[];
};

type AnyTableSpec = { readonly name: string; readonly columns: unknown; readonly indexes: readonly IndexSpec<string>[] };

const spec = <TColumns>(
  name: string,
  columns: TColumns,
  indexes: readonly IndexSpec<keyof TColumns & string>[] = [],
): TableSpec<TColumns> => ({
  name,
  columns,
  indexes,
});

/** Every table: its SQL name, its columns (from the dialect's kit) and its indexes. */
function tableSpecs<TText extends TextBuilder<TRef>, TInteger extends IntegerBuilder, TSerial, TRef>(
  dialect: DialectColumns<TText, TInteger, TSerial, TRef>,
) {
  const c = columnKinds(dialect);
  return {
    advisors: spec("advisors", {
      id: c.key("id"),
      email: c.uniqueText("email"),
      passwordHash: c.text("password_hash"),
      createdAt: c.text("created_at"),
    }),
    consultations: spec(
      "consultations",
      {
        id: c.key("id"),
        client: c.text("client"),
        organisation: c.optionalText("organisation"),
        advisor: c.optionalText("advisor"),
        notes: c.optionalText("notes"),
        createdAt: c.text("created_at"),
        updatedAt: c.text("updated_at"),
        /** Set by delete; cleared by undo. Rows deleted longer ago than the undo window are purged. */
        deletedAt: c.optionalText("deleted_at"),
      },
      [{ name: "consultations_updated_at_idx", on: ["updatedAt"] }],
    ),
    scenarios: spec(
      "scenarios",
      {
        id: c.key("id"),
        consultationId: c.consultationRef("consultation_id"),
        name: c.text("name"),
        /** Where it came from: the advisor page, a client intake link, a JSON import, a duplicate. */
        source: c.scenarioSource("source"),
        position: c.count("position"),
        /** The scenario input and its frozen result, parsed with zod on every read. */
        inputJson: c.text("input_json"),
        resultJson: c.text("result_json"),
        catalogueVersion: c.text("catalogue_version"),
        computedOn: c.text("computed_on"),
        createdAt: c.text("created_at"),
        updatedAt: c.text("updated_at"),
      },
      [{ name: "scenarios_consultation_idx", on: ["consultationId", "position"] }],
    ),
    intakeLinks: spec(
      "intake_links",
      {
        id: c.key("id"),
        consultationId: c.consultationRef("consultation_id"),
        /** SHA-256 of the token; the token itself is shown once and never stored. */
        tokenHash: c.uniqueText("token_hash"),
        createdAt: c.text("created_at"),
        expiresAt: c.text("expires_at"),
        revokedAt: c.optionalText("revoked_at"),
        lastUsedAt: c.optionalText("last_used_at"),
      },
      [{ name: "intake_links_consultation_idx", on: ["consultationId"] }],
    ),
    loginFailures: spec("login_failures", { id: c.serialKey("id"), key: c.text("key"), at: c.text("at") }, [
      { name: "login_failures_key_at_idx", on: ["key", "at"] },
    ]),
    /**
     * Saved demand scenarios: the demand page's settings under a name. `state_json` is the page
     * state (lib/demand/demand-scenario-state.ts) of version `state_version`, migrated and
     * validated on every read. Shared by the advisors like consultations (no owner).
     */
    demandScenarios: spec(
      "demand_scenarios",
      {
        id: c.key("id"),
        name: c.text("name"),
        stateJson: c.text("state_json"),
        stateVersion: c.count("state_version"),
        createdAt: c.text("created_at"),
        updatedAt: c.text("updated_at"),
      },
      [{ name: "demand_scenarios_updated_at_idx", on: ["updatedAt"] }],
    ),
  };
}

/** A dialect's table builder (`pgTable`, `sqliteTable`), taken as it is and called as `LooseTableBuilder`. */
type TableBuilder = (...args: never) => unknown;
type LooseTableBuilder = (name: string, columns: unknown, extraConfig: (t: Record<string, unknown>) => unknown[]) => unknown;
type IndexBuilder = (name: string) => { on(...columns: never): unknown };
type LooseIndexBuilder = (name: string) => { on(...columns: unknown[]): unknown };

/** What `pgTable` / `sqliteTable` return for a column map (drizzle's own types, spelled out per dialect). */
type TableOf<TDialect extends "pg" | "sqlite", TColumns> =
  TColumns extends Record<string, ColumnBuilderBase>
    ? {
        pg: PgTableWithColumns<{ name: string; schema: undefined; columns: BuildColumns<string, TColumns, "pg">; dialect: "pg" }>;
        sqlite: SQLiteTableWithColumns<{
          name: string;
          schema: undefined;
          columns: BuildColumns<string, TColumns, "sqlite">;
          dialect: "sqlite";
        }>;
      }[TDialect]
    : never;

/**
 * Every table, built by one dialect: its column builders make the specs' columns, its `table`
 * and `index` builders the tables. The result is asserted to be what that dialect's table
 * builder returns for each spec's columns, since TypeScript cannot map a generic function over
 * an object; tests/unit/persistence/schema-parity.test.ts compares the two dialects' results.
 */
export function buildTables<
  TDialect extends "pg" | "sqlite",
  TText extends TextBuilder<TRef>,
  TInteger extends IntegerBuilder,
  TSerial,
  TRef,
>(dialect: DialectColumns<TText, TInteger, TSerial, TRef> & { name: TDialect; table: TableBuilder; index: IndexBuilder }) {
  const specs = tableSpecs(dialect);
  const table = dialect.table as unknown as LooseTableBuilder;
  const index = dialect.index as LooseIndexBuilder;
  const build = (spec: AnyTableSpec) =>
    table(spec.name, spec.columns, (t) => spec.indexes.map((i) => index(i.name).on(...indexedColumns(t, i.on))));
  return Object.fromEntries(Object.entries<AnyTableSpec>(specs).map(([key, spec]) => [key, build(spec)])) as {
    [K in keyof typeof specs]: TableOf<TDialect, (typeof specs)[K]["columns"]>;
  };
}
