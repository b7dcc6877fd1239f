import "server-only";
import { persistenceConfig, type PersistenceConfig } from "./persistence-config";
import { openPostgresRepository } from "./postgres/postgres-repository";
import type { Repository } from "./repository";
import { openSqliteRepository } from "./sqlite/sqlite-repository";

/** Opens the configured store (migrating it on first use). */
export async function openRepository(config: PersistenceConfig = persistenceConfig()): Promise<Repository> {
  return config.kind === "postgres" ? openPostgresRepository({ url: config.url }) : openSqliteRepository({ file: config.file });
}

// One repository per server process, kept on globalThis so `next dev` reloads reuse it.
const holder = globalThis as unknown as { __computeAdvisorRepository?: Promise<Repository> };

/** The process-wide repository: opened (and migrated) on the first request that needs it. */
export function repository(): Promise<Repository> {
  holder.__computeAdvisorRepository ??= openRepository().catch((error: unknown) => {
    holder.__computeAdvisorRepository = undefined;
    throw error;
  });
  return holder.__computeAdvisorRepository;
}
