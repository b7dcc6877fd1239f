import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * SQLite tables. Times are ISO-8601 UTC text (they sort as text); JSON columns hold the
 * scenario input and its frozen result, parsed with zod on every read
 * (lib/persistence/row-schemas.ts). Change a table → `npm run db:generate` writes the next
 * migration into lib/persistence/sqlite/migrations; never edit an applied one.
 */
export const advisors = sqliteTable("advisors", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  createdAt: text("created_at").notNull(),
});

export const consultations = sqliteTable(
  "consultations",
  {
    id: text("id").primaryKey(),
    client: text("client").notNull(),
    organisation: text("organisation"),
    advisor: text("advisor"),
    notes: text("notes"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    /** Set by delete; cleared by undo. Rows deleted longer ago than the undo window are purged. */
    deletedAt: text("deleted_at"),
  },
  (t) => [index("consultations_updated_at_idx").on(t.updatedAt)],
);

/** The owning consultation: deleting (purging) it deletes its scenarios and intake links. */
const consultationRef = () =>
  text("consultation_id")
    .notNull()
    .references(() => consultations.id, { onDelete: "cascade" });

export const scenarios = sqliteTable(
  "scenarios",
  {
    id: text("id").primaryKey(),
    consultationId: consultationRef(),
    name: text("name").notNull(),
    /** Where it came from: the advisor page, a client intake link, a JSON import, a duplicate. */
    source: text("source")
      .notNull()
      .default(sql`'advisor'`),
    position: integer("position").notNull(),
    inputJson: text("input_json").notNull(),
    resultJson: text("result_json").notNull(),
    catalogueVersion: text("catalogue_version").notNull(),
    computedOn: text("computed_on").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("scenarios_consultation_idx").on(t.consultationId, t.position)],
);

export const intakeLinks = sqliteTable(
  "intake_links",
  {
    id: text("id").primaryKey(),
    consultationId: consultationRef(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
    lastUsedAt: text("last_used_at"),
  },
  (t) => [index("intake_links_consultation_idx").on(t.consultationId)],
);

export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("login_failures_key_at_idx").on(t.key, t.at)],
);

/**
 * Saved demand scenarios: the demand page's settings under a name. `state_json` is the page
 * state (lib/demand/demand-scenario-state.ts) of version `state_version`, migrated and
 * validated on every read. Shared by the advisors like consultations (no owner).
 */
export const demandScenarios = sqliteTable(
  "demand_scenarios",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    stateJson: text("state_json").notNull(),
    stateVersion: integer("state_version").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("demand_scenarios_updated_at_idx").on(t.updatedAt)],
);
