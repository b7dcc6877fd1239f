import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes the next PostgreSQL migration from lib/persistence/postgres/schema.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/persistence/postgres/schema.ts",
  out: "./lib/persistence/postgres/migrations",
});
