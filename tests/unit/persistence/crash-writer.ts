/**
 * Child process of crash.test.ts: opens the store named by CRASH_SQLITE_FILE or
 * CRASH_DATABASE_URL, then adds scenarios one transaction at a time forever, printing each
 * committed scenario id on stdout only after its transaction returned. The test kills it
 * with SIGKILL mid-stream.
 */
import { openPostgresRepository } from "@/lib/persistence/postgres/postgres-repository";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";
import { makeNewScenario } from "@/tests/fixtures/scenario-builders";

async function main() {
  const consultationId = process.env.CRASH_CONSULTATION_ID!;
  const repo = process.env.CRASH_DATABASE_URL
    ? await openPostgresRepository({ url: process.env.CRASH_DATABASE_URL, poolSize: 1 })
    : openSqliteRepository({ file: process.env.CRASH_SQLITE_FILE! });
  const template = makeNewScenario();
  process.stdout.write("ready\n");
  for (let i = 0; ; i++) {
    const [s] = (await repo.addScenarios(consultationId, [{ ...template, name: `crash-${i}` }]))!;
    process.stdout.write(`${s!.id}\n`);
  }
}

void main();
