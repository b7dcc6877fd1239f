import Database from "better-sqlite3";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";

/**
 * Copies a live SQLite database with SQLite's online backup API (better-sqlite3
 * `db.backup`): consistent even while the app keeps writing, no need to stop it.
 */
export async function backupSqlite(sourceFile: string, destFile: string): Promise<void> {
  const db = new Database(sourceFile, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destFile);
  } finally {
    db.close();
  }
}

/** Checks that a file is an intact SQLite database ("ok" from PRAGMA integrity_check). */
export function checkSqliteFile(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma("integrity_check", { simple: true }) === "ok";
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database file. Run it with the app stopped: the old file's
 * WAL and shared-memory files are removed so SQLite cannot replay them over the backup.
 */
export function restoreSqlite(backupFile: string, targetFile: string): void {
  if (!checkSqliteFile(backupFile)) throw new Error(`${backupFile} is not an intact SQLite database`);
  const staging = `${targetFile}.restoring`;
  copyFileSync(backupFile, staging);
  for (const suffix of ["-wal", "-shm"]) if (existsSync(targetFile + suffix)) rmSync(targetFile + suffix);
  renameSync(staging, targetFile);
}
