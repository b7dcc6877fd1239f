import "server-only";
import Database from "better-sqlite3";
import { and, asc, desc, eq, isNull, max, sql } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { guardIds } from "../guard-ids";
import type { NewScenario } from "../records";
import { readFound, readRow } from "../read-row";
import type { Clock, Repository } from "../repository";
import * as q from "../shared-queries";
import { SQLITE_MIGRATIONS } from "../migrations-folder";
import * as t from "./schema";

type Db = BetterSQLite3Database<typeof t>;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type SqliteOptions = { file: string; clock?: Clock; migrationsFolder?: string };

/**
 * Opens (creating if needed) the SQLite file, switches it to WAL, turns foreign keys on and
 * applies every pending migration, then returns the repository. better-sqlite3 is
 * synchronous; the methods still return promises so both adapters share one interface.
 */
export function openSqliteRepository(opts: SqliteOptions): Repository & { readonly raw: Database.Database } {
  if (opts.file !== ":memory:") mkdirSync(dirname(opts.file), { recursive: true });
  const raw = new Database(opts.file);
  raw.pragma("journal_mode = WAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  // WAL + NORMAL: a committed transaction survives a process crash (not a power cut mid-checkpoint).
  raw.pragma("synchronous = NORMAL");
  const db: Db = drizzle(raw, { schema: t });
  migrate(db, { migrationsFolder: opts.migrationsFolder ?? SQLITE_MIGRATIONS });
  const clock = opts.clock ?? (() => new Date());
  const now = () => clock().toISOString();

  const consultationColumns = q.consultationColumns(t.consultations);
  const live = (id: string) => q.liveConsultation(t.consultations, id);
  const getLive = (tx: Db | Tx, id: string) => {
    const row = tx.select(consultationColumns).from(t.consultations).where(live(id)).get();
    return readFound(readRow.consultation, row);
  };
  const touch = (tx: Db | Tx, id: string, at: string) =>
    tx.update(t.consultations).set({ updatedAt: at }).where(eq(t.consultations.id, id)).run();

  const order = q.consultationOrder(t.consultations);

  function insertScenarios(tx: Tx, consultationId: string, items: readonly NewScenario[], at: string) {
    const top = tx
      .select({ p: max(t.scenarios.position) })
      .from(t.scenarios)
      .where(eq(t.scenarios.consultationId, consultationId))
      .get();
    let position = (top?.p ?? -1) + 1;
    const ids: string[] = [];
    for (const item of items) {
      // Parsed inside the transaction: an invalid item after valid ones rolls them all back.
      const row = q.scenarioRow(consultationId, item, position++, at);
      tx.insert(t.scenarios).values(row).run();
      ids.push(row.id);
    }
    touch(tx, consultationId, at);
    return ids;
  }
  const readScenario = (tx: Db | Tx, consultationId: string, scenarioId: string) => {
    const row = tx
      .select()
      .from(t.scenarios)
      .innerJoin(t.consultations, eq(t.consultations.id, t.scenarios.consultationId))
      .where(q.scenarioOfLiveConsultation(t.scenarios, t.consultations, consultationId, scenarioId))
      .get();
    return readFound(readRow.scenario, row?.scenarios);
  };
  /** Rewrites a scenario's columns and touches its consultation, in one transaction. */
  const rewriteScenario = (consultationId: string, scenarioId: string, set: Partial<typeof t.scenarios.$inferInsert>) =>
    db.transaction((tx) => {
      if (!readScenario(tx, consultationId, scenarioId)) return null;
      const at = now();
      tx.update(t.scenarios)
        .set({ ...set, updatedAt: at })
        .where(eq(t.scenarios.id, scenarioId))
        .run();
      touch(tx, consultationId, at);
      return readScenario(tx, consultationId, scenarioId);
    });
  const linkColumns = q.linkColumns(t.intakeLinks);

  return guardIds({
    dialect: "sqlite",
    raw,

    async createConsultation(fields) {
      const row = q.consultationRow(fields, now);
      db.transaction((tx) => tx.insert(t.consultations).values(row).run());
      return readRow.consultation(row);
    },
    async getConsultation(id) {
      return getLive(db, id);
    },
    async listConsultations(query = {}) {
      const rows = db
        .select({ ...consultationColumns, scenarioCount: q.scenarioCount })
        .from(t.consultations)
        .where(q.consultationListWhere(t.consultations, query.search))
        .orderBy(...order[query.sort ?? "updated-desc"])
        .all();
      return rows.map((r) => ({ ...readRow.consultation(r), scenarioCount: Number(r.scenarioCount) }));
    },
    async updateConsultation(id, patch) {
      const p = q.consultationPatchSet(patch);
      return db.transaction((tx) => {
        if (!getLive(tx, id)) return null;
        tx.update(t.consultations)
          .set({ ...p, updatedAt: now() })
          .where(eq(t.consultations.id, id))
          .run();
        return getLive(tx, id);
      });
    },
    async deleteConsultation(id) {
      return db.transaction((tx) => tx.update(t.consultations).set({ deletedAt: now() }).where(live(id)).run().changes > 0);
    },
    async restoreConsultation(id) {
      return db.transaction((tx) => {
        const changed = tx.update(t.consultations).set({ deletedAt: null }).where(q.deletedConsultation(t.consultations, id)).run().changes;
        return changed > 0 ? getLive(tx, id) : null;
      });
    },
    async purgeDeletedConsultations(before) {
      return db.transaction((tx) => tx.delete(t.consultations).where(q.deletedBefore(t.consultations, before)).run().changes);
    },

    async addScenarios(consultationId, items) {
      const ids = db.transaction((tx) => {
        if (!getLive(tx, consultationId)) return null;
        return insertScenarios(tx, consultationId, items, now());
      });
      if (!ids) return null;
      return ids.map((id) => readScenario(db, consultationId, id)).filter((s) => s !== null);
    },
    async listScenarios(consultationId) {
      if (!getLive(db, consultationId)) return [];
      return db
        .select()
        .from(t.scenarios)
        .where(eq(t.scenarios.consultationId, consultationId))
        .orderBy(asc(t.scenarios.position), asc(t.scenarios.id))
        .all()
        .map(readRow.scenario);
    },
    ...q.scenarioMethods((consultationId, scenarioId) => readScenario(db, consultationId, scenarioId), rewriteScenario),
    async deleteScenario(consultationId, scenarioId) {
      return db.transaction((tx) => {
        if (!readScenario(tx, consultationId, scenarioId)) return false;
        tx.delete(t.scenarios).where(eq(t.scenarios.id, scenarioId)).run();
        touch(tx, consultationId, now());
        return true;
      });
    },

    async createIntakeLink(consultationId, tokenHash, expiresAt) {
      return db.transaction((tx) => {
        if (!getLive(tx, consultationId)) return null;
        const row = q.intakeLinkRow(consultationId, tokenHash, now(), expiresAt);
        tx.insert(t.intakeLinks).values(row).run();
        return readRow.intakeLink(row);
      });
    },
    async listIntakeLinks(consultationId) {
      return db
        .select(linkColumns)
        .from(t.intakeLinks)
        .where(eq(t.intakeLinks.consultationId, consultationId))
        .orderBy(desc(t.intakeLinks.createdAt), asc(t.intakeLinks.id))
        .all()
        .map(readRow.intakeLink);
    },
    async findIntakeLink(tokenHash) {
      const row = db
        .select(linkColumns)
        .from(t.intakeLinks)
        .innerJoin(t.consultations, eq(t.consultations.id, t.intakeLinks.consultationId))
        .where(and(eq(t.intakeLinks.tokenHash, tokenHash), isNull(t.consultations.deletedAt)))
        .get();
      return readFound(readRow.intakeLink, row);
    },
    async revokeIntakeLink(consultationId, linkId) {
      return db.transaction(
        (tx) =>
          tx
            .update(t.intakeLinks)
            .set({ revokedAt: now() })
            .where(q.revocableLink(t.intakeLinks, consultationId, linkId))
            .run().changes > 0,
      );
    },
    async submitIntake(linkId, scenario) {
      const at = now();
      const result = db.transaction((tx) => {
        const link = tx
          .select(linkColumns)
          .from(t.intakeLinks)
          .where(q.usableLink(t.intakeLinks, linkId, at))
          .get();
        if (!link || !getLive(tx, link.consultationId)) return null;
        const [id] = insertScenarios(tx, link.consultationId, [scenario], at);
        tx.update(t.intakeLinks).set({ lastUsedAt: at }).where(eq(t.intakeLinks.id, linkId)).run();
        return { consultationId: link.consultationId, id: id! };
      });
      return result ? readScenario(db, result.consultationId, result.id) : null;
    },

    async createDemandScenario(fields) {
      const row = q.demandScenarioRow(fields, now());
      db.transaction((tx) => tx.insert(t.demandScenarios).values(row).run());
      return readRow.demandScenario(row);
    },
    async listDemandScenarios() {
      return db
        .select()
        .from(t.demandScenarios)
        .orderBy(...q.demandScenarioOrder(t.demandScenarios))
        .all()
        .map(readRow.demandScenario);
    },
    async getDemandScenario(id) {
      const row = db.select().from(t.demandScenarios).where(eq(t.demandScenarios.id, id)).get();
      return readFound(readRow.demandScenario, row);
    },
    async updateDemandScenario(id, patch) {
      const set = q.demandScenarioPatchSet(patch);
      return db.transaction((tx) => {
        const changed = tx
          .update(t.demandScenarios)
          .set({ ...set, updatedAt: now() })
          .where(eq(t.demandScenarios.id, id))
          .run().changes;
        if (changed === 0) return null;
        const row = tx.select().from(t.demandScenarios).where(eq(t.demandScenarios.id, id)).get();
        return readFound(readRow.demandScenario, row);
      });
    },
    async deleteDemandScenario(id) {
      return db.transaction((tx) => tx.delete(t.demandScenarios).where(eq(t.demandScenarios.id, id)).run().changes > 0);
    },

    async listCurrentScenarioNeeds() {
      return q.needsFromInputRows(db.all(q.currentScenarioInputs));
    },

    async createAdvisor(email, passwordHash) {
      const row = q.advisorRow(email, passwordHash, now());
      db.transaction((tx) => tx.insert(t.advisors).values(row).run());
      return readRow.advisor(row);
    },
    async findAdvisorByEmail(email) {
      const row = db.select().from(t.advisors).where(eq(t.advisors.email, email.toLowerCase())).get();
      return readFound(readRow.advisor, row);
    },
    async findAdvisorById(id) {
      const row = db.select().from(t.advisors).where(eq(t.advisors.id, id)).get();
      return readFound(readRow.advisor, row);
    },
    async setAdvisorPassword(email, passwordHash) {
      return db.transaction(
        (tx) => tx.update(t.advisors).set({ passwordHash }).where(eq(t.advisors.email, email.toLowerCase())).run().changes > 0,
      );
    },
    async listAdvisors() {
      return db
        .select({ id: t.advisors.id, email: t.advisors.email, createdAt: t.advisors.createdAt })
        .from(t.advisors)
        .orderBy(asc(t.advisors.email))
        .all();
    },
    async deleteAdvisor(email) {
      return db.transaction((tx) => tx.delete(t.advisors).where(eq(t.advisors.email, email.toLowerCase())).run().changes > 0);
    },

    async recordLoginFailure(key) {
      db.transaction((tx) => tx.insert(t.loginFailures).values({ key, at: now() }).run());
    },
    async countLoginFailures(key, since) {
      const row = db
        .select({ n: sql<number>`count(*)` })
        .from(t.loginFailures)
        .where(q.loginFailuresSince(t.loginFailures, key, since))
        .get();
      return Number(row?.n ?? 0);
    },
    async clearLoginFailures(key) {
      db.transaction((tx) => tx.delete(t.loginFailures).where(eq(t.loginFailures.key, key)).run());
    },

    async close() {
      raw.close();
    },
  });
}
