import { join } from "node:path";

// Resolved from the working directory (the repository root for `next start`, the CLI and the
// tests): Next bundles this module, so a path relative to the file would point into .next/.
export const SQLITE_MIGRATIONS = join(process.cwd(), "lib/persistence/sqlite/migrations");
export const POSTGRES_MIGRATIONS = join(process.cwd(), "lib/persistence/postgres/migrations");
