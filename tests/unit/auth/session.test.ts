import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getSession, SESSION_COOKIE } from "@/lib/auth/session";

/*
 * The advisor session over a real iron-session seal (the session secret lives in a temporary
 * DATA_DIR), with next/headers' cookie store as an in-memory jar.
 */
const env = vi.hoisted(() => ({ jar: new Map<string, string>(), savedDataDir: process.env.DATA_DIR }));
vi.mock("next/headers", async () => (await import("../api/fuzz-cookie-jar")).cookieJarModule(env.jar));

const dataDir = mkdtempSync(join(tmpdir(), "ca-session-"));
process.env.DATA_DIR = dataDir;

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  if (env.savedDataDir === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = env.savedDataDir;
});

async function sealed(data: { csrfToken: string; advisorId?: string }): Promise<string> {
  env.jar.clear();
  const s = await getSession();
  Object.assign(s, data);
  await s.save();
  return env.jar.get(SESSION_COOKIE)!;
}

describe("getSession", () => {
  beforeEach(() => env.jar.clear());

  it("reads back what it sealed", async () => {
    const cookie = await sealed({ csrfToken: "token-1", advisorId: "adv-1" });
    env.jar.set(SESSION_COOKIE, cookie);
    const s = await getSession();
    expect(s.csrfToken).toBe("token-1");
    expect(s.advisorId).toBe("adv-1");
  });

  // Regression: iron-session threw "Wrong mac prefix" (and similar) on such cookies, and every
  // route and page reading the session answered 500 to a client that had edited its cookie.
  it.each([
    ["a different seal prefix", (c: string) => `Xe26.2${c.slice(6)}`],
    ["a truncated seal", (c: string) => c.slice(0, 40)],
    ["seal parts that are not base64", (c: string) => c.replace(/\*[^*]{8}/, "*%%%%%%%%")],
    ["a wrong MAC", (c: string) => `${c.slice(0, -4)}AAAA`],
    ["junk", () => "not-a-seal"],
  ])("treats %s as no session at all (a fresh one, never an error)", async (_label, tamper) => {
    const cookie = await sealed({ csrfToken: "token-2", advisorId: "adv-2" });
    env.jar.set(SESSION_COOKIE, tamper(cookie));
    const s = await getSession();
    expect(s.advisorId).toBeUndefined();
    expect(s.csrfToken).toBeUndefined();
    // Saving a fresh session replaces the bad cookie with one that reads back.
    s.csrfToken = "token-3";
    await s.save();
    const again = await getSession();
    expect(again.csrfToken).toBe("token-3");
  });

  it("an expired seal is no session either", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const cookie = await sealed({ csrfToken: "token-4" });
      vi.setSystemTime(Date.now() + 13 * 60 * 60 * 1000);
      env.jar.set(SESSION_COOKIE, cookie);
      expect((await getSession()).csrfToken).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
