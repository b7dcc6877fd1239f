import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/*
 * The key that seals session cookies. The module keeps it for the process, so each case loads
 * a fresh copy of the module (vi.resetModules) — as a restarted server would.
 */
const fresh = async () => (await import("@/lib/auth/session-secret")).sessionSecret;
let dir = "";

beforeEach(() => {
  vi.resetModules();
  dir = mkdtempSync(join(tmpdir(), "ca-secret-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("sessionSecret", () => {
  it("embedded SQLite: makes a random key in DATA_DIR (owner-only) and keeps it across restarts", async () => {
    const first = (await fresh())({ DATA_DIR: dir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = join(dir, "session-secret");
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    vi.resetModules();
    // A restart reads the same key, so signed-in advisors stay signed in.
    expect((await fresh())({ DATA_DIR: dir })).toBe(first);
  });

  it("two data directories get different keys", async () => {
    const other = mkdtempSync(join(tmpdir(), "ca-secret-"));
    try {
      const a = (await fresh())({ DATA_DIR: dir });
      vi.resetModules();
      const b = (await fresh())({ DATA_DIR: other });
      expect(a).not.toBe(b);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("a key file too short to be safe is replaced", async () => {
    writeFileSync(join(dir, "session-secret"), "short");
    const key = (await fresh())({ DATA_DIR: dir });
    expect(key).not.toBe("short");
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, "session-secret"), "utf8")).toBe(key);
  });

  it("SESSION_SECRET wins over the file, and must be at least 32 characters", async () => {
    const secret = "s".repeat(32);
    expect((await fresh())({ DATA_DIR: dir, SESSION_SECRET: `  ${secret}  ` })).toBe(secret);
    vi.resetModules();
    const sessionSecret = await fresh();
    expect(() => sessionSecret({ DATA_DIR: dir, SESSION_SECRET: "too-short" })).toThrow(/at least 32/);
  });

  it("a shared PostgreSQL deployment without SESSION_SECRET is refused (every instance must share one key)", async () => {
    const sessionSecret = await fresh();
    expect(() => sessionSecret({ DATA_DIR: dir, DATABASE_URL: "postgres://db/advisor" })).toThrow(/SESSION_SECRET must be set/);
  });

  it("a blank SESSION_SECRET counts as unset (the file's key, not an error)", async () => {
    const fromFile = (await fresh())({ DATA_DIR: dir });
    vi.resetModules();
    expect((await fresh())({ DATA_DIR: dir, SESSION_SECRET: "   " })).toBe(fromFile);
  });

  it("SESSION_SECRET of 31 characters is refused, 32 accepted (after trimming)", async () => {
    const sessionSecret = await fresh();
    expect(() => sessionSecret({ DATA_DIR: dir, SESSION_SECRET: ` ${"k".repeat(31)} ` })).toThrow(/at least 32/);
    expect(sessionSecret({ DATA_DIR: dir, SESSION_SECRET: "k".repeat(32) })).toBe("k".repeat(32));
  });

  it("a key file an operator wrote with a trailing newline is used as written, not replaced", async () => {
    const key = "operator-key-".padEnd(40, "x");
    writeFileSync(join(dir, "session-secret"), `${key}\n`);
    expect((await fresh())({ DATA_DIR: dir })).toBe(key);
    expect(readFileSync(join(dir, "session-secret"), "utf8")).toBe(`${key}\n`);
  });

  it("makes the data directory when it does not exist yet", async () => {
    const nested = join(dir, "a", "b");
    const key = (await fresh())({ DATA_DIR: nested });
    expect(readFileSync(join(nested, "session-secret"), "utf8")).toBe(key);
  });

  it("keeps one key for the process: sessions sealed earlier stay readable", async () => {
    const sessionSecret = await fresh();
    const first = sessionSecret({ DATA_DIR: dir });
    expect(sessionSecret({ DATA_DIR: dir, SESSION_SECRET: "z".repeat(40) })).toBe(first);
  });
});
