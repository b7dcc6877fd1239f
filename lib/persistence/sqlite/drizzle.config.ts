import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes the next SQLite migration from lib/persistence/sqlite/schema.ts.
export default defineConfig({
  dialect: "sqlite",
  schema: "./lib/persistence/sqlite/schema.ts",
  out: "./lib/persistence/sqlite/migrations",
});
