import { join, resolve } from "node:path";
import { z } from "zod";

/**
 * Where the data lives, from the environment (validated once):
 * - `DATABASE_URL` (postgres://…) → PostgreSQL, for a shared deployment;
 * - otherwise SQLite at `$DATA_DIR/advisor.db` (`DATA_DIR` defaults to ./.data).
 */
const envSchema = z.object({
  DATA_DIR: z.string().trim().min(1).default(".data"),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must start with postgres:// or postgresql://" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type PersistenceConfig = { kind: "sqlite"; dataDir: string; file: string } | { kind: "postgres"; url: string; dataDir: string };

export const SQLITE_FILE_NAME = "advisor.db";

export function persistenceConfig(env: Record<string, string | undefined> = process.env): PersistenceConfig {
  const e = envSchema.parse({ DATA_DIR: env.DATA_DIR || undefined, DATABASE_URL: env.DATABASE_URL });
  const dataDir = resolve(e.DATA_DIR);
  if (e.DATABASE_URL) return { kind: "postgres", url: e.DATABASE_URL, dataDir };
  return { kind: "sqlite", dataDir, file: join(dataDir, SQLITE_FILE_NAME) };
}
