import "server-only";
import { and, asc, desc, eq, isNull, max, sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { guardIds } from "../guard-ids";
import type { NewScenario } from "../records";
import { readFound, readRow } from "../read-row";
import type { Clock, Repository } from "../repository";
import * as q from "../shared-queries";
import { POSTGRES_MIGRATIONS } from "../migrations-folder";
import * as t from "./schema";

type Db = NodePgDatabase<typeof t>;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type PostgresOptions = { url: string; clock?: Clock; migrationsFolder?: string; poolSize?: number };

// Any constant: every app instance takes this advisory lock while migrating, so instances
// starting together behind a load balancer apply each migration exactly once.
const MIGRATION_LOCK = 734_129_002;

/** Applies pending migrations under an advisory lock, on one dedicated connection. */
export async function migratePostgres(url: string, migrationsFolder = POSTGRES_MIGRATIONS): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client), { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    await client.end();
  }
}

/**
 * Connects a pool to `url`, migrates, and returns the repository. Several app instances may
 * share the database: ids are random, every write is one transaction, and positions are
 * assigned under a row lock on the consultation.
 */
export async function openPostgresRepository(opts: PostgresOptions): Promise<Repository> {
  await migratePostgres(opts.url, opts.migrationsFolder);
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
  const db: Db = drizzle(pool, { schema: t });
  const clock = opts.clock ?? (() => new Date());
  const now = () => clock().toISOString();

  const consultationColumns = q.consultationColumns(t.consultations);
  const live = (id: string) => q.liveConsultation(t.consultations, id);
  const getLive = async (tx: Db | Tx, id: string, lock = false) => {
    const query = tx.select(consultationColumns).from(t.consultations).where(live(id));
    const [row] = lock ? await query.for("update") : await query;
    return readFound(readRow.consultation, row);
  };
  const touch = (tx: Db | Tx, id: string, at: string) =>
    tx.update(t.consultations).set({ updatedAt: at }).where(eq(t.consultations.id, id));

  const order = q.consultationOrder(t.consultations);

  async function insertScenarios(tx: Tx, consultationId: string, items: readonly NewScenario[], at: string) {
    const [top] = await tx
      .select({ p: max(t.scenarios.position) })
      .from(t.scenarios)
      .where(eq(t.scenarios.consultationId, consultationId));
    let position = (top?.p ?? -1) + 1;
    const ids: string[] = [];
    for (const item of items) {
      const row = q.scenarioRow(consultationId, item, position++, at);
      await tx.insert(t.scenarios).values(row);
      ids.push(row.id);
    }
    await touch(tx, consultationId, at);
    return ids;
  }
  const readScenario = async (tx: Db | Tx, consultationId: string, scenarioId: string) => {
    const [row] = await tx
      .select()
      .from(t.scenarios)
      .innerJoin(t.consultations, eq(t.consultations.id, t.scenarios.consultationId))
      .where(q.scenarioOfLiveConsultation(t.scenarios, t.consultations, consultationId, scenarioId));
    return readFound(readRow.scenario, row?.scenarios);
  };
  /** Rewrites a scenario's columns and touches its consultation, under the consultation's row lock. */
  const rewriteScenario = (consultationId: string, scenarioId: string, set: Partial<typeof t.scenarios.$inferInsert>) =>
    db.transaction(async (tx) => {
      if (!(await getLive(tx, consultationId, true)) || !(await readScenario(tx, consultationId, scenarioId))) return null;
      const at = now();
      await tx
        .update(t.scenarios)
        .set({ ...set, updatedAt: at })
        .where(eq(t.scenarios.id, scenarioId));
      await touch(tx, consultationId, at);
      return readScenario(tx, consultationId, scenarioId);
    });
  const linkColumns = q.linkColumns(t.intakeLinks);

  return guardIds({
    dialect: "postgres",

    async createConsultation(fields) {
      const row = q.consultationRow(fields, now);
      await db.transaction(async (tx) => {
        await tx.insert(t.consultations).values(row);
      });
      return readRow.consultation(row);
    },
    async getConsultation(id) {
      return getLive(db, id);
    },
    async listConsultations(query = {}) {
      const rows = await db
        .select({ ...consultationColumns, scenarioCount: q.scenarioCount })
        .from(t.consultations)
        .where(q.consultationListWhere(t.consultations, query.search))
        .orderBy(...order[query.sort ?? "updated-desc"]);
      return rows.map((r) => ({ ...readRow.consultation(r), scenarioCount: Number(r.scenarioCount) }));
    },
    async updateConsultation(id, patch) {
      const p = q.consultationPatchSet(patch);
      return db.transaction(async (tx) => {
        if (!(await getLive(tx, id, true))) return null;
        await tx
          .update(t.consultations)
          .set({ ...p, updatedAt: now() })
          .where(eq(t.consultations.id, id));
        return getLive(tx, id);
      });
    },
    async deleteConsultation(id) {
      return db.transaction(async (tx) => ((await tx.update(t.consultations).set({ deletedAt: now() }).where(live(id))).rowCount ?? 0) > 0);
    },
    async restoreConsultation(id) {
      return db.transaction(async (tx) => {
        const res = await tx.update(t.consultations).set({ deletedAt: null }).where(q.deletedConsultation(t.consultations, id));
        return (res.rowCount ?? 0) > 0 ? getLive(tx, id) : null;
      });
    },
    async purgeDeletedConsultations(before) {
      return db.transaction(async (tx) => (await tx.delete(t.consultations).where(q.deletedBefore(t.consultations, before))).rowCount ?? 0);
    },

    async addScenarios(consultationId, items) {
      const ids = await db.transaction(async (tx) => {
        // The row lock serialises concurrent adds, so two instances never take the same position.
        if (!(await getLive(tx, consultationId, true))) return null;
        return insertScenarios(tx, consultationId, items, now());
      });
      if (!ids) return null;
      const out = await Promise.all(ids.map((id) => readScenario(db, consultationId, id)));
      return out.filter((s) => s !== null);
    },
    async listScenarios(consultationId) {
      if (!(await getLive(db, consultationId))) return [];
      const rows = await db
        .select()
        .from(t.scenarios)
        .where(eq(t.scenarios.consultationId, consultationId))
        .orderBy(asc(t.scenarios.position), asc(t.scenarios.id));
      return rows.map(readRow.scenario);
    },
    ...q.scenarioMethods((consultationId, scenarioId) => readScenario(db, consultationId, scenarioId), rewriteScenario),
    async deleteScenario(consultationId, scenarioId) {
      return db.transaction(async (tx) => {
        if (!(await getLive(tx, consultationId, true)) || !(await readScenario(tx, consultationId, scenarioId))) return false;
        await tx.delete(t.scenarios).where(eq(t.scenarios.id, scenarioId));
        await touch(tx, consultationId, now());
        return true;
      });
    },

    async createIntakeLink(consultationId, tokenHash, expiresAt) {
      return db.transaction(async (tx) => {
        if (!(await getLive(tx, consultationId))) return null;
        const row = q.intakeLinkRow(consultationId, tokenHash, now(), expiresAt);
        await tx.insert(t.intakeLinks).values(row);
        return readRow.intakeLink(row);
      });
    },
    async listIntakeLinks(consultationId) {
      const rows = await db
        .select(linkColumns)
        .from(t.intakeLinks)
        .where(eq(t.intakeLinks.consultationId, consultationId))
        .orderBy(desc(t.intakeLinks.createdAt), asc(t.intakeLinks.id));
      return rows.map(readRow.intakeLink);
    },
    async findIntakeLink(tokenHash) {
      const [row] = await db
        .select(linkColumns)
        .from(t.intakeLinks)
        .innerJoin(t.consultations, eq(t.consultations.id, t.intakeLinks.consultationId))
        .where(and(eq(t.intakeLinks.tokenHash, tokenHash), isNull(t.consultations.deletedAt)));
      return readFound(readRow.intakeLink, row);
    },
    async revokeIntakeLink(consultationId, linkId) {
      return db.transaction(
        async (tx) =>
          ((
            await tx
              .update(t.intakeLinks)
              .set({ revokedAt: now() })
              .where(q.revocableLink(t.intakeLinks, consultationId, linkId))
          ).rowCount ?? 0) > 0,
      );
    },
    async submitIntake(linkId, scenario) {
      const at = now();
      const result = await db.transaction(async (tx) => {
        const [link] = await tx
          .select(linkColumns)
          .from(t.intakeLinks)
          .where(q.usableLink(t.intakeLinks, linkId, at))
          .for("update");
        if (!link || !(await getLive(tx, link.consultationId, true))) return null;
        const [id] = await insertScenarios(tx, link.consultationId, [scenario], at);
        await tx.update(t.intakeLinks).set({ lastUsedAt: at }).where(eq(t.intakeLinks.id, linkId));
        return { consultationId: link.consultationId, id: id! };
      });
      return result ? readScenario(db, result.consultationId, result.id) : null;
    },

    async createDemandScenario(fields) {
      const row = q.demandScenarioRow(fields, now());
      await db.transaction(async (tx) => {
        await tx.insert(t.demandScenarios).values(row);
      });
      return readRow.demandScenario(row);
    },
    async listDemandScenarios() {
      const rows = await db
        .select()
        .from(t.demandScenarios)
        .orderBy(...q.demandScenarioOrder(t.demandScenarios));
      return rows.map(readRow.demandScenario);
    },
    async getDemandScenario(id) {
      const [row] = await db.select().from(t.demandScenarios).where(eq(t.demandScenarios.id, id));
      return readFound(readRow.demandScenario, row);
    },
    async updateDemandScenario(id, patch) {
      const set = q.demandScenarioPatchSet(patch);
      const [row] = await db
        .update(t.demandScenarios)
        .set({ ...set, updatedAt: now() })
        .where(eq(t.demandScenarios.id, id))
        .returning();
      return readFound(readRow.demandScenario, row);
    },
    async deleteDemandScenario(id) {
      const gone = await db.delete(t.demandScenarios).where(eq(t.demandScenarios.id, id)).returning({ id: t.demandScenarios.id });
      return gone.length > 0;
    },

    async listCurrentScenarioNeeds() {
      const result = await db.execute(q.currentScenarioInputs);
      return q.needsFromInputRows(result.rows);
    },

    async createAdvisor(email, passwordHash) {
      const row = q.advisorRow(email, passwordHash, now());
      await db.transaction(async (tx) => {
        await tx.insert(t.advisors).values(row);
      });
      return readRow.advisor(row);
    },
    async findAdvisorByEmail(email) {
      const [row] = await db.select().from(t.advisors).where(eq(t.advisors.email, email.toLowerCase()));
      return readFound(readRow.advisor, row);
    },
    async findAdvisorById(id) {
      const [row] = await db.select().from(t.advisors).where(eq(t.advisors.id, id));
      return readFound(readRow.advisor, row);
    },
    async setAdvisorPassword(email, passwordHash) {
      return db.transaction(
        async (tx) =>
          ((await tx.update(t.advisors).set({ passwordHash }).where(eq(t.advisors.email, email.toLowerCase()))).rowCount ?? 0) > 0,
      );
    },
    async listAdvisors() {
      return db
        .select({ id: t.advisors.id, email: t.advisors.email, createdAt: t.advisors.createdAt })
        .from(t.advisors)
        .orderBy(asc(t.advisors.email));
    },
    async deleteAdvisor(email) {
      return db.transaction(
        async (tx) => ((await tx.delete(t.advisors).where(eq(t.advisors.email, email.toLowerCase()))).rowCount ?? 0) > 0,
      );
    },

    async recordLoginFailure(key) {
      await db.transaction(async (tx) => {
        await tx.insert(t.loginFailures).values({ key, at: now() });
      });
    },
    async countLoginFailures(key, since) {
      const [row] = await db
        .select({ n: sql<number>`count(*)` })
        .from(t.loginFailures)
        .where(q.loginFailuresSince(t.loginFailures, key, since));
      return Number(row?.n ?? 0);
    },
    async clearLoginFailures(key) {
      await db.transaction(async (tx) => {
        await tx.delete(t.loginFailures).where(eq(t.loginFailures.key, key));
      });
    },

    async close() {
      await pool.end();
    },
  });
}
