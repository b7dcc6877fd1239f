import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";
import { repositoryContract } from "./repository-contract";

const dir = mkdtempSync(join(tmpdir(), "ca-sqlite-contract-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A new file per test: the adapter creates it and migrates it from empty.
repositoryContract("SQLite", async (clock) => openSqliteRepository({ file: join(dir, `t${n++}`, "advisor.db"), clock }));
