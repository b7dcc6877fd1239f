import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { searchPattern } from "@/lib/persistence/search-pattern";

/** Runs the pattern through SQLite's LIKE with the same ESCAPE clause the repository uses. */
function matches(text: string, search: string): boolean {
  const db = new Database(":memory:");
  try {
    const row = db.prepare("select lower(?) like ? escape '\\' as hit").get(text, searchPattern(search)) as { hit: number };
    return row.hit === 1;
  } finally {
    db.close();
  }
}

describe("searchPattern", () => {
  it("finds the text anywhere, ignoring case and surrounding spaces", () => {
    expect(matches("Wong & Partners Ltd", "  partners ")).toBe(true);
    expect(matches("Wong & Partners Ltd", "chan")).toBe(false);
  });

  it("treats the LIKE wildcards in the user's text as plain characters", () => {
    expect(matches("50% off", "50%")).toBe(true);
    expect(matches("500 off", "50%")).toBe(false);
    expect(matches("a_b", "a_b")).toBe(true);
    expect(matches("axb", "a_b")).toBe(false);
    expect(matches("back\\slash", "k\\s")).toBe(true);
  });

  it("matches Chinese names", () => {
    expect(matches("數碼港創業公司", "數碼港")).toBe(true);
  });
});
