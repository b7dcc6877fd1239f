import { defineConfig, devices } from "@playwright/test";
import { ADVISOR, E2E_DATA_DIR, E2E_SESSION_SECRET, THROTTLED } from "./e2e/fixtures/e2e-store";

// Debian's chromium by default (Playwright cannot download its own browser here);
// CHROMIUM_PATH overrides it; PW_USE_BUNDLED=1 uses Playwright's own browser (a laptop).
const executablePath = process.env.PW_USE_BUNDLED ? undefined : (process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
const PORT = Number(process.env.E2E_PORT ?? 3124);
const BASE_URL = process.env.BASE_URL ?? `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./artifacts/playwright-output",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL: BASE_URL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        },
      },
    },
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        // `npm start`'s server (lib/http/serve.ts): Next behind Node's timeouts and the 405 guard.
        // Consultations need a signed-in advisor here (AUTH_REQUIRED=1) on a fresh SQLite store;
        // the advisors CLI seeds the accounts the specs sign in with (e2e/fixtures/e2e-store.ts).
        command: [
          `rm -rf '${E2E_DATA_DIR}' && mkdir -p '${E2E_DATA_DIR}'`,
          `ADVISOR_PASSWORD='${ADVISOR.password}' npm run -s advisors -- add ${ADVISOR.email}`,
          `ADVISOR_PASSWORD='${THROTTLED.password}' npm run -s advisors -- add ${THROTTLED.email}`,
          "npx tsx lib/http/serve.ts",
        ].join(" && "),
        cwd: "..",
        url: `${BASE_URL}/api/catalogue`,
        reuseExistingServer: false,
        timeout: 120_000,
        env: {
          NEXT_TELEMETRY_DISABLED: "1",
          NODE_ENV: "production",
          PORT: String(PORT),
          HOST: "127.0.0.1",
          AUTH_REQUIRED: "1",
          DATA_DIR: E2E_DATA_DIR,
          SESSION_SECRET: E2E_SESSION_SECRET,
          DATABASE_URL: "",
        },
      },
});
