import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADVISOR_NAMESPACES } from "@/app/[locale]/_advisor/advisor-namespaces";
import { CATALOGUE_NAMESPACES } from "@/app/[locale]/catalogue/_components/catalogue-namespaces";

/** The namespaces a folder's components name in useTranslations("<ns>") / useTranslations("<ns>.<sub>"). */
function namespacesUsedIn(dir: string): Set<string> {
  const used = new Set<string>();
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f));
  for (const file of files) {
    const src = readFileSync(join(dir, file), "utf8");
    for (const m of src.matchAll(/useTranslations\(\s*"([^".]+)/g)) used.add(m[1]!);
  }
  return used;
}

// Each page's NextIntlClientProvider gets only its island's namespaces: a namespace used in
// the code but missing from the list would show message keys instead of text in the browser.
describe("client islands receive every namespace they read", () => {
  it.each([
    ["app/[locale]/_advisor", ADVISOR_NAMESPACES],
    ["app/[locale]/catalogue/_components", CATALOGUE_NAMESPACES],
  ] as const)("%s", (dir, sent) => {
    const used = namespacesUsedIn(join(process.cwd(), dir));
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((ns) => !(sent as readonly string[]).includes(ns)).sort()).toEqual([]);
  });
});
