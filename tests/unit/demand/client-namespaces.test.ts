import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMAND_NAMESPACES } from "@/app/[locale]/demand/_components/demand-namespaces";

// The demand page's NextIntlClientProvider gets only DEMAND_NAMESPACES: a namespace read by a
// client component but missing from the list would show message keys in the browser.
describe("the demand island receives every namespace its client components read", () => {
  it("app/[locale]/demand/_components", () => {
    const dir = join(process.cwd(), "app/[locale]/demand/_components");
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      const src = readFileSync(join(dir, file), "utf8");
      if (!src.startsWith('"use client"')) continue;
      for (const m of src.matchAll(/useTranslations\(\s*"([^".]+)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((ns) => !(DEMAND_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });
});
