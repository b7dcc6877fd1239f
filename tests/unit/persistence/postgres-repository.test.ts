import { afterAll, describe } from "vitest";
import { openPostgresRepository } from "@/lib/persistence/postgres/postgres-repository";
import { repositoryContract } from "./repository-contract";
import { dropTestDatabases, freshDatabase, PG_URL } from "./postgres-test-db";

afterAll(dropTestDatabases);

if (PG_URL) {
  repositoryContract("PostgreSQL", async (clock) => openPostgresRepository({ url: await freshDatabase(), clock, poolSize: 2 }));
} else {
  describe.skip("PostgreSQL: repository contract (TEST_DATABASE_URL not set)", () => {});
}
