import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { SQLITE_FILE_NAME } from "@/lib/persistence/persistence-config";
import { openSqliteRepository } from "@/lib/persistence/sqlite/sqlite-repository";

/*
 * `npm run advisors -- …` as an operator runs it: a real process, the embedded SQLite store in
 * a fresh DATA_DIR, the password from ADVISOR_PASSWORD (stdin is not a terminal here).
 */
const dataDir = mkdtempSync(join(tmpdir(), "advisors-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function cli(args: string[], password?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" };
  delete env.DATABASE_URL;
  if (password === undefined) delete env.ADVISOR_PASSWORD;
  else env.ADVISOR_PASSWORD = password;
  const r = spawnSync(join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "lib/auth/advisors-cli.ts", ...args], {
    env,
    encoding: "utf8",
    input: "",
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function storedHash(email: string) {
  const repo = openSqliteRepository({ file: join(dataDir, SQLITE_FILE_NAME) });
  try {
    return (await repo.findAdvisorByEmail(email))?.passwordHash ?? null;
  } finally {
    await repo.close();
  }
}

describe("npm run advisors", { timeout: 120_000 }, () => {
  it("adds an advisor whose password then verifies, and refuses to add the same e-mail twice", async () => {
    expect(cli(["add", "wong@example.org"], "correct horse battery")).toMatchObject({ code: 0, out: "added wong@example.org\n" });
    expect(await verifyPassword("correct horse battery", await storedHash("wong@example.org"))).toBe(true);
    const again = cli(["add", "wong@example.org"], "another long password");
    expect(again.code).toBe(1);
    expect(again.err).toContain("already exists");
    // The refused add changed nothing.
    expect(await verifyPassword("correct horse battery", await storedHash("wong@example.org"))).toBe(true);
  });

  it("lists advisors, changes a password, and removes an advisor once", async () => {
    expect(cli(["list"]).out).toMatch(/^wong@example\.org\t\d{4}-\d{2}-\d{2}/m);
    expect(cli(["password", "wong@example.org"], "a brand new passphrase").code).toBe(0);
    const hash = await storedHash("wong@example.org");
    expect(await verifyPassword("a brand new passphrase", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery", hash)).toBe(false);
    expect(cli(["password", "nobody@example.org"], "a brand new passphrase")).toMatchObject({
      code: 1,
      out: "no advisor nobody@example.org\n",
    });
    expect(cli(["remove", "wong@example.org"])).toMatchObject({ code: 0, out: "removed wong@example.org\n" });
    expect(cli(["remove", "wong@example.org"]).code).toBe(1);
    expect(cli(["list"]).out).toBe("");
  });

  it.each([
    ["no command", [], undefined, /usage:/],
    ["an unknown command", ["promote", "a@example.org"], "long enough password", /usage:/],
    ["a malformed e-mail", ["add", "not-an-email"], "long enough password", /not an e-mail address: not-an-email/],
    ["a short password", ["add", "short@example.org"], "short", /at least 12 characters/],
  ])("exits 2 on %s, saying why", async (_label, args, password, message) => {
    const r = cli(args, password);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(await storedHash("short@example.org")).toBeNull();
  });
});
