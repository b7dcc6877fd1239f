/**
 * `npm run db:backup -- backup <file>` copies the embedded SQLite database while the app runs
 * (online backup API); `npm run db:backup -- restore <file>` puts a backup back (stop the app
 * first). PostgreSQL deployments use pg_dump / pg_restore instead (see README).
 */
import { persistenceConfig } from "./persistence-config";
import { backupSqlite, restoreSqlite } from "./sqlite/backup-sqlite";

async function main([command, file]: string[]): Promise<number> {
  const config = persistenceConfig();
  if (config.kind === "postgres") {
    console.error("DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc and restore with pg_restore (see README).");
    return 2;
  }
  if ((command !== "backup" && command !== "restore") || !file) {
    console.error("usage: npm run db:backup -- backup <file> | restore <file>");
    return 2;
  }
  if (command === "backup") {
    await backupSqlite(config.file, file);
    console.log(`backed up ${config.file} → ${file}`);
  } else {
    restoreSqlite(file, config.file);
    console.log(`restored ${file} → ${config.file}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
