import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../../..");
const doc = readFileSync(join(ROOT, "docs/method.md"), "utf8");

/** Every "docs/method.md §N" or "§N(x)" citation in the code, with the file it is in. */
function citations(): { file: string; section: string; sub: string | undefined }[] {
  const out: { file: string; section: string; sub: string | undefined }[] = [];
  for (const dir of ["lib", "app", "tests", "bench"]) {
    const files = readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|tsx|mts)$/.test(f));
    for (const f of files) {
      const src = readFileSync(join(ROOT, dir, f), "utf8");
      for (const m of src.matchAll(/docs\/method\.md\s+§(\d+)(?:\(([a-g])\))?/g))
        out.push({ file: `${dir}/${f}`, section: m[1]!, sub: m[2] });
    }
  }
  return out;
}

describe("docs/method.md is what the code cites", () => {
  const all = citations();

  it("is cited from the code (the methods the comments rely on are written down)", () => {
    expect(all.length).toBeGreaterThanOrEqual(30);
  });

  it("has every section and sub-section the code cites", () => {
    const missing = all.filter(({ section, sub }) => {
      const sectionRe = new RegExp(`^## ${section}\\. `, "m");
      if (!sectionRe.test(doc)) return true;
      if (sub === undefined) return false;
      const body = doc.slice(doc.search(sectionRe));
      const next = body.slice(3).search(/^## /m);
      return !new RegExp(`^### \\(${sub}\\) `, "m").test(next < 0 ? body : body.slice(0, next + 3));
    });
    expect(missing).toEqual([]);
  });

  it("cites no file outside the repository", () => {
    expect(doc).not.toMatch(/\/work\/|shared\/research|\.\.\/shared/);
  });
});
