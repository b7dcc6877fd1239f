import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";

type Rewrite = { source: string; destination: string };
type Config = { rewrites: () => Promise<{ afterFiles: Rewrite[] }> };

describe("next.config.js unknown-locale rewrite", () => {
  it("names exactly the UI locales as the segments it lets through", async () => {
    const require = createRequire(import.meta.url);
    const config = require(path.join(process.cwd(), "next.config.js")) as Config;
    const { afterFiles } = await config.rewrites();
    const rule = afterFiles.find((r) => r.destination === "/en/__not-found__");
    expect(rule).toBeDefined();
    const allowed = /\(\?:([^)]*)\)\(\?:\/\|\$\)/.exec(rule?.source ?? "")?.[1]?.split("|");
    expect(allowed?.sort()).toEqual([...LOCALES].sort());
  });
});
