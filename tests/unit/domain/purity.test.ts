import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * lib/domain is the pure core: the same code runs in the browser, a Web Worker, a route
 * handler and a test. It must not import UI frameworks or I/O, read the clock, or use
 * unseeded randomness (style.md, habit 1). This test stands in for a lint rule.
 */
const ROOT = join(__dirname, "../../../lib/domain");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+["'](react|react-dom|next|next-intl)(\/[^"']*)?["']/, "imports a UI framework"],
  [/from\s+["'](node:)?(fs|path|http|https|child_process|net|os)["']/, "imports Node I/O"],
  [/from\s+["']server-only["']/, "is server-only"],
  [/from\s+["']@\/(app|bench|tests)\//, "imports from app/, bench/ or tests/"],
  [/\bDate\.now\s*\(|\bnew Date\s*\(\s*\)/, "reads the clock"],
  [/\bMath\.random\s*\(/, "uses unseeded randomness"],
  [/\bfetch\s*\(/, "does network I/O"],
];

describe("lib/domain stays pure", () => {
  const all = files(ROOT);
  it("has modules to check", () => {
    expect(all.length).toBeGreaterThan(20);
  });
  it.each(all.map((f) => [f.slice(ROOT.length + 1), f]))("%s", (_, file) => {
    const src = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    const problems = FORBIDDEN.filter(([re]) => re.test(src)).map(([, why]) => why);
    expect(problems).toEqual([]);
  });
});
