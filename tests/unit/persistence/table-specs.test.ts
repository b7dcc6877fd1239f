import { getTableName } from "drizzle-orm";
import { getTableConfig as pgConfig } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as pgSchema from "@/lib/persistence/postgres/schema";
import * as sqliteSchema from "@/lib/persistence/sqlite/schema";
import { buildTables } from "@/lib/persistence/table-specs";

/** What a built table says about its keys, indexes and foreign keys, whatever the dialect. */
type Described = {
  indexes: Record<string, string[]>;
  foreignKeys: { columns: string[]; foreignTable: string; foreignColumns: string[]; onDelete: string | undefined }[];
  unique: string[];
  primary: string[];
  defaults: Record<string, unknown>;
};

function describeTable(config: ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>): Described {
  return {
    indexes: Object.fromEntries(config.indexes.map((i) => [i.config.name, i.config.columns.map((c) => ("name" in c ? c.name : "?"))])),
    foreignKeys: config.foreignKeys.map((fk) => {
      const ref = fk.reference();
      return {
        columns: ref.columns.map((c) => c.name),
        foreignTable: getTableName(ref.foreignTable),
        foreignColumns: ref.foreignColumns.map((c) => c.name),
        onDelete: fk.onDelete,
      };
    }),
    unique: config.columns.filter((c) => c.isUnique).map((c) => c.name),
    primary: config.columns.filter((c) => c.primary).map((c) => c.name),
    defaults: Object.fromEntries(config.columns.filter((c) => c.default !== undefined).map((c) => [c.name, c.default])),
  };
}

const dialects = [
  ["SQLite", (name: keyof typeof sqliteSchema) => describeTable(sqliteConfig(sqliteSchema[name]))],
  ["PostgreSQL", (name: keyof typeof pgSchema) => describeTable(pgConfig(pgSchema[name]))],
] as const;

describe.each(dialects)("table specs built for %s", (_, described) => {
  it("indexes: their names and columns in the order the specs give", () => {
    expect(described("consultations").indexes).toEqual({ consultations_updated_at_idx: ["updated_at"] });
    expect(described("scenarios").indexes).toEqual({ scenarios_consultation_idx: ["consultation_id", "position"] });
    expect(described("intakeLinks").indexes).toEqual({ intake_links_consultation_idx: ["consultation_id"] });
    expect(described("loginFailures").indexes).toEqual({ login_failures_key_at_idx: ["key", "at"] });
    expect(described("demandScenarios").indexes).toEqual({ demand_scenarios_updated_at_idx: ["updated_at"] });
    expect(described("advisors").indexes).toEqual({});
  });

  it.each(["scenarios", "intakeLinks"] as const)("%s belong to a consultation: purging it deletes them (cascade)", (table) => {
    expect(described(table).foreignKeys).toEqual([
      { columns: ["consultation_id"], foreignTable: "consultations", foreignColumns: ["id"], onDelete: "cascade" },
    ]);
  });

  it("keys, unique columns and defaults", () => {
    expect(described("advisors")).toMatchObject({ primary: ["id"], unique: ["email"] });
    expect(described("intakeLinks")).toMatchObject({ primary: ["id"], unique: ["token_hash"] });
    expect(described("loginFailures").primary).toEqual(["id"]);
    // A scenario saved without saying where it came from is the advisor page's.
    expect(described("scenarios").defaults).toEqual({ source: "advisor" });
    expect(described("consultations").foreignKeys).toEqual([]);
  });
});

describe("buildTables", () => {
  it("hands each table its SQL name and each index the table's own columns, in the specs' order", () => {
    // A recording dialect: every builder returns a plain description of what it was asked for.
    const column = (name: string, kind: string) => {
      const c = { name, kind, flags: [] as string[] };
      const chain = {
        primaryKey: () => (c.flags.push("pk"), chain),
        notNull: () => (c.flags.push("notNull"), chain),
        unique: () => (c.flags.push("unique"), chain),
        default: (v: string) => (c.flags.push(`default:${v}`), chain),
        references: () => (c.flags.push("ref"), chain),
        c,
      };
      return chain;
    };
    const built = buildTables({
      name: "sqlite",
      table: ((name: string, columns: Record<string, { c: object }>, extra: (t: Record<string, unknown>) => unknown[]) => {
        const t = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, v.c]));
        return { name, columns: t, indexes: extra(t) };
      }) as never,
      index: ((name: string) => ({ on: (...cols: { name: string }[]) => ({ name, on: cols.map((c) => c.name) }) })) as never,
      text: (name: string) => column(name, "text"),
      integer: (name: string) => column(name, "integer"),
      serialKey: (name: string) => column(name, "serial"),
      consultationId: () => "consultations.id",
    }) as unknown as Record<string, { name: string; columns: Record<string, { name: string; flags: string[] }>; indexes: unknown[] }>;
    expect(Object.fromEntries(Object.entries(built).map(([k, t]) => [k, t.name]))).toEqual({
      advisors: "advisors",
      consultations: "consultations",
      scenarios: "scenarios",
      intakeLinks: "intake_links",
      loginFailures: "login_failures",
      demandScenarios: "demand_scenarios",
    });
    expect(built.scenarios!.indexes).toEqual([{ name: "scenarios_consultation_idx", on: ["consultation_id", "position"] }]);
    expect(built.scenarios!.columns.source!.flags).toEqual(["notNull", "default:advisor"]);
    expect(built.consultations!.columns.deletedAt!.flags).toEqual([]);
    expect(built.advisors!.columns.email!.flags).toEqual(["notNull", "unique"]);
  });
});
