import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Screenshots are an artifact step, not a test: same browser and server as the e2e run,
// different folder, so `npm test` never runs them.
export default defineConfig({ ...base, testDir: "./screenshots", timeout: 120_000 });
