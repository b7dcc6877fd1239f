import { index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";

/**
 * PostgreSQL tables: the same shape as lib/persistence/sqlite/schema.ts (one contract suite
 * runs against both). Times are ISO-8601 UTC text and JSON is text, so both adapters map
 * rows identically and the zod row schemas serve both.
 */
export const advisors = pgTable("advisors", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  createdAt: text("created_at").notNull(),
});

export const consultations = pgTable(
  "consultations",
  {
    id: text("id").primaryKey(),
    client: text("client").notNull(),
    organisation: text("organisation"),
    advisor: text("advisor"),
    notes: text("notes"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    deletedAt: text("deleted_at"),
  },
  (t) => [index("consultations_updated_at_idx").on(t.updatedAt)],
);

/** The owning consultation: deleting (purging) it deletes its scenarios and intake links. */
const consultationRef = () =>
  text("consultation_id")
    .notNull()
    .references(() => consultations.id, { onDelete: "cascade" });

export const scenarios = pgTable(
  "scenarios",
  {
    id: text("id").primaryKey(),
    consultationId: consultationRef(),
    name: text("name").notNull(),
    source: text("source").notNull().default("advisor"),
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

export const intakeLinks = pgTable(
  "intake_links",
  {
    id: text("id").primaryKey(),
    consultationId: consultationRef(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
    lastUsedAt: text("last_used_at"),
  },
  (t) => [index("intake_links_consultation_idx").on(t.consultationId)],
);

export const loginFailures = pgTable(
  "login_failures",
  {
    id: serial("id").primaryKey(),
    key: text("key").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("login_failures_key_at_idx").on(t.key, t.at)],
);

/** Saved demand scenarios (see lib/persistence/sqlite/schema.ts). */
export const demandScenarios = pgTable(
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
