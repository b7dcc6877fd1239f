import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestAdvisor, signInAs, tempAdvisorStore } from "@/tests/fixtures/temp-advisor-store";

/*
 * Whether the public demand page offers the advisor features: the consultation routes' rule
 * (a live advisor session when sign-in is required, anyone otherwise), with a real sealed
 * session over an in-memory cookie jar and a real SQLite store. A store that cannot be read
 * hides the features; it never fails the page.
 */
const env = vi.hoisted(() => ({ jar: new Map<string, string>() }));
vi.mock("next/headers", async () => (await import("@/tests/unit/api/fuzz-cookie-jar")).cookieJarModule(env.jar));

tempAdvisorStore("ca-demand-access-");

const { demandAdvisorAccess } = await import("@/lib/demand/http/demand-advisor-access");
const { SESSION_COOKIE } = await import("@/lib/auth/session");
const { repository } = await import("@/lib/persistence/open-repository");

const repo = await repository();
const advisorId = await createTestAdvisor("demand@example.org");

async function session(id: string | undefined) {
  env.jar.clear();
  await signInAs(id, "csrf-token-0123456789abcdef0123");
}

beforeEach(() => {
  process.env.AUTH_REQUIRED = "1";
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("demandAdvisorAccess", () => {
  it("offers the features (with the store) to a signed-in advisor", async () => {
    await session(advisorId);
    const access = await demandAdvisorAccess();
    expect(access?.repo).toBe(repo);
  });

  it("hides them from a visitor without a session", async () => {
    env.jar.clear();
    expect(await demandAdvisorAccess()).toBeNull();
    await session(undefined);
    expect(await demandAdvisorAccess()).toBeNull();
  });

  it("hides them when the session's advisor no longer exists", async () => {
    await session("AAAAAAAAAAAAAAAAAAAAAA");
    expect(await demandAdvisorAccess()).toBeNull();
  });

  it("hides them for a tampered session cookie, without an error", async () => {
    await session(advisorId);
    const sealed = env.jar.get(SESSION_COOKIE)!;
    env.jar.set(SESSION_COOKIE, `${sealed.slice(0, -4)}AAAA`);
    expect(await demandAdvisorAccess()).toBeNull();
    env.jar.set(SESSION_COOKIE, "not-a-seal");
    expect(await demandAdvisorAccess()).toBeNull();
  });

  it("hides them once the session has expired (a working day)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await session(advisorId);
    expect(await demandAdvisorAccess()).not.toBeNull();
    vi.setSystemTime(Date.now() + 13 * 60 * 60 * 1000);
    expect(await demandAdvisorAccess()).toBeNull();
  });

  it("offers them to anyone when sign-in is not required (the single-user default)", async () => {
    process.env.AUTH_REQUIRED = "0";
    env.jar.clear();
    expect((await demandAdvisorAccess())?.repo).toBe(repo);
    env.jar.set(SESSION_COOKIE, "not-a-seal");
    expect((await demandAdvisorAccess())?.repo).toBe(repo);
  });

  it("hides them, logging why, when the store cannot be read (the page itself still renders)", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(repo, "findAdvisorById").mockRejectedValueOnce(new Error("disk I/O error"));
    await session(advisorId);
    expect(await demandAdvisorAccess()).toBeNull();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toMatch(/demand/);
    // The next request, with the store back, sees the features again.
    expect(await demandAdvisorAccess()).not.toBeNull();
  });
});
