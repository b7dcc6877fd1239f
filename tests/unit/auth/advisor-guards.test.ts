import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { signInAs, tempAdvisorStore } from "@/tests/fixtures/temp-advisor-store";

/*
 * The two gates of the consultations: requireAdvisorPage (pages) and guardAdvisorRoute (API
 * routes), with a real sealed session over an in-memory cookie jar standing in for
 * next/headers, and a real SQLite store holding the advisors.
 */
const env = vi.hoisted(() => ({ jar: new Map<string, string>() }));
vi.mock("next/headers", async () => (await import("../api/fuzz-cookie-jar")).cookieJarModule(env.jar));
// redirect() ends rendering by throwing; the stand-in throws the target so a test can read it.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
}));

tempAdvisorStore("ca-guards-");

const { requireAdvisorPage } = await import("@/lib/auth/page-guard");
const { guardAdvisorRoute } = await import("@/lib/auth/route-guard");
const { repository } = await import("@/lib/persistence/open-repository");
const { SESSION_COOKIE } = await import("@/lib/auth/session");

const repo = await repository();
const advisor = await repo.createAdvisor("wong@example.org", "hash");
const TOKEN = "csrf-token-of-this-session-0123456789";

/** Signs in (or not) by sealing a session into the cookie jar. */
async function session(advisorId?: string) {
  env.jar.clear();
  await signInAs(advisorId, TOKEN);
}

const request = (headers: Record<string, string> = {}) =>
  new Request("http://advisor.example/api/consultations?lang=zh-HK", { method: "POST", headers: { "sec-fetch-site": "same-origin", ...headers } });

beforeEach(() => {
  process.env.AUTH_REQUIRED = "1";
});
afterEach(() => {
  vi.useRealTimers();
});

/** The signed-in advisor's cookie, edited by the client: a wrong MAC (iron-session reads no session) or seal prefix (iron-session throws). */
async function resignedSession() {
  await session(advisor.id);
  const sealed = env.jar.get(SESSION_COOKIE)!;
  env.jar.set(SESSION_COOKIE, `${sealed.slice(0, -4)}AAAA`);
}
async function reprefixedSession() {
  await session(advisor.id);
  const sealed = env.jar.get(SESSION_COOKIE)!;
  env.jar.set(SESSION_COOKIE, `Xe26.2${sealed.slice(6)}`);
}

/** The signed-in advisor's cookie, presented 13 hours later (sessions last 12). */
async function expiredSession() {
  vi.useFakeTimers({ toFake: ["Date"] });
  await session(advisor.id);
  vi.setSystemTime(Date.now() + 13 * 60 * 60 * 1000);
}

describe("requireAdvisorPage", () => {
  it("sends a visitor without a session to the sign-in page, which brings them back", async () => {
    await session();
    await expect(requireAdvisorPage("zh-HK", "/zh-HK/consultations/abc?tab=1")).rejects.toThrow(
      "NEXT_REDIRECT /zh-HK/login?next=%2Fzh-HK%2Fconsultations%2Fabc%3Ftab%3D1",
    );
  });

  it("sends a session whose advisor no longer exists to the sign-in page", async () => {
    await session("AAAAAAAAAAAAAAAAAAAAAA");
    await expect(requireAdvisorPage("en", "/en/consultations")).rejects.toThrow("NEXT_REDIRECT /en/login?next=%2Fen%2Fconsultations");
  });

  it.each([
    ["re-signed", resignedSession],
    ["re-prefixed", reprefixedSession],
    ["expired", expiredSession],
  ])("sends a visitor with a %s session cookie to the sign-in page (never an error)", async (_what, make) => {
    await make();
    await expect(requireAdvisorPage("en", "/en/consultations")).rejects.toThrow("NEXT_REDIRECT /en/login?next=%2Fen%2Fconsultations");
  });

  it("lets a signed-in advisor in, naming them", async () => {
    await session(advisor.id);
    const access = await requireAdvisorPage("en", "/en/consultations");
    expect(access).toMatchObject({ authRequired: true, email: "wong@example.org" });
    expect(access.repo).toBe(repo);
  });

  it("lets anyone in when sign-in is not required, without a name", async () => {
    process.env.AUTH_REQUIRED = "0";
    await session();
    await expect(requireAdvisorPage("en", "/en/consultations")).resolves.toMatchObject({ authRequired: false, email: null });
  });
});

describe("guardAdvisorRoute", () => {
  const status = async (g: Awaited<ReturnType<typeof guardAdvisorRoute>>) => (g.ok ? 200 : g.response.status);

  it("answers 401 in the caller's language without a live advisor session", async () => {
    await session();
    const g = await guardAdvisorRoute(request({ "x-csrf-token": TOKEN }), { mutating: true });
    expect(await status(g)).toBe(401);
    if (!g.ok) expect(((await g.response.json()) as { error: string }).error).toBe("unauthorised");
  });

  it.each([
    ["re-signed", resignedSession],
    ["re-prefixed", reprefixedSession],
    ["expired", expiredSession],
  ])("answers 401 (not 500) to a %s session cookie, even with the right token", async (_what, make) => {
    await make();
    const g = await guardAdvisorRoute(request({ "x-csrf-token": TOKEN }), { mutating: true });
    expect(await status(g)).toBe(401);
  });

  it("refuses a mutating request of an expired session even when sign-in is not required (its token died with it)", async () => {
    process.env.AUTH_REQUIRED = "0";
    await expiredSession();
    expect(await status(await guardAdvisorRoute(request({ "x-csrf-token": TOKEN }), { mutating: true }))).toBe(403);
  });

  it.each([
    ["no token", {}],
    ["a wrong token", { "x-csrf-token": "not-the-token" }],
    ["a cross-site request", { "x-csrf-token": TOKEN, "sec-fetch-site": "cross-site" }],
  ])("answers 403 to a mutating request with %s", async (_what, headers) => {
    await session(advisor.id);
    expect(await status(await guardAdvisorRoute(request(headers), { mutating: true }))).toBe(403);
  });

  it("lets a reading request through without a token, and a mutating one with it", async () => {
    await session(advisor.id);
    const read = await guardAdvisorRoute(request(), { mutating: false });
    expect(read).toMatchObject({ ok: true, advisorId: advisor.id });
    expect(await status(await guardAdvisorRoute(request({ "x-csrf-token": TOKEN }), { mutating: true }))).toBe(200);
  });

  it("without sign-in required, still checks the CSRF token of a mutating request", async () => {
    process.env.AUTH_REQUIRED = "0";
    await session();
    expect(await guardAdvisorRoute(request(), { mutating: false })).toMatchObject({ ok: true, advisorId: null });
    expect(await status(await guardAdvisorRoute(request(), { mutating: true }))).toBe(403);
  });
});
