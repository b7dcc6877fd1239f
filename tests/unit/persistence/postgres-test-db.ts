/**
 * PostgreSQL for tests. `TEST_DATABASE_URL` names a server where the user may CREATE DATABASE
 * (.ci/run starts one); each caller gets a fresh database, dropped afterwards. Without it the
 * PostgreSQL half of the suite is skipped with a note, unless `REQUIRE_POSTGRES_TESTS=1`
 * (set by .ci/run), where a missing server fails the run instead.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export const PG_URL = process.env.TEST_DATABASE_URL?.trim() || null;
export const PG_REQUIRED = process.env.REQUIRE_POSTGRES_TESTS === "1";

if (!PG_URL) {
  if (PG_REQUIRED) throw new Error("REQUIRE_POSTGRES_TESTS=1 but TEST_DATABASE_URL is not set");
  console.warn(
    "[postgres] TEST_DATABASE_URL is not set: skipping the PostgreSQL half of the persistence tests (.ci/run starts a server and runs them).",
  );
}

const created: string[] = [];

export function urlFor(database: string): string {
  const u = new URL(PG_URL!);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_URL! });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates an empty database and returns its URL. */
export async function freshDatabase(): Promise<string> {
  const name = `ca_test_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`create database ${name}`));
  created.push(name);
  return urlFor(name);
}

export async function dropTestDatabases(): Promise<void> {
  const names = created.splice(0);
  if (names.length === 0) return;
  await admin(async (c) => {
    for (const n of names) await c.query(`drop database if exists ${n} with (force)`);
  });
}
