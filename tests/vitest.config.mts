import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      // 'server-only' throws outside an RSC bundle; unit tests import server modules directly.
      "server-only": fileURLToPath(new URL("./server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    // Component tests (*.test.tsx) pick jsdom per file with `// @vitest-environment jsdom`.
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    exclude: ["tests/e2e/**", "node_modules/**", ".next/**"],
    pool: "forks",
  },
});
