import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";
import { bodyTexts, LANG, LEAK, NEEDS_KEYS } from "./fuzz-bodies";
import { FUZZ_CSRF as CSRF, fuzzStore, handle, routeOf, RUNS, type Handler } from "./fuzz-store";

/*
 * The route fuzz (see route-fuzz.test.ts) for every route handler the other two fuzz files
 * leave out: sign-in, sign-out and the session, the intake (token) route, and every
 * consultation route that takes no body — restore, duplicate, deletes, revocation, lists,
 * exports, recompute, the PDF report — and the saved demand scenarios and the consultations'
 * demand population. Generated path parameters (valid, deleted, unknown,
 * unicode, traversal, prototype names), CSRF and Fetch-Metadata headers, corrupted session
 * cookies, languages, and for the body routes generated and mutated bodies. Every answer
 * must be a 2xx or a 4xx naming what is wrong — never a 5xx, a throw, an unhandled
 * rejection, a stack trace or a path. RUNS cases per route, against one temporary SQLite
 * store for the file.
 */
const env = vi.hoisted(() => ({ jar: new Map<string, string>() }));

vi.mock("next/headers", async () => (await import("./fuzz-cookie-jar")).cookieJarModule(env.jar));
// The report route prints with headless Chromium; here only its request handling is under test.
vi.mock("@/lib/consultations/render-pdf", () => ({
  renderPdf: async () => ({ ok: true, pdf: Buffer.from("%PDF-1.4\n%fuzz\n"), pages: 1 }),
}));

const { counted, statuses } = fuzzStore("ca-fuzz-rest-");
const EMAIL = "advisor@fuzz.example";
const PASSWORD = "correct horse battery staple";
/** What the live ids are, filled in by beforeAll. */
const ids = { consultation: "", victim: "", inbox: "", spareLink: "", demand: "", demandVictim: "", scenario: "", victimScenario: "", link: "", token: "", revokedToken: "", sealed: "" };

type Call = { method: string; query: string; params: Record<string, string>; body: string | null; headers: Record<string, string> };

async function call(handler: Handler, c: Call): Promise<Response> {
  const init: RequestInit = { method: c.method, headers: c.headers };
  if (c.body !== null && c.method !== "GET" && c.method !== "HEAD") init.body = c.body;
  return handle(handler, new Request(`http://localhost/api/fuzz${c.query}`, init), c.params);
}

const sameOrigin = { "content-type": "application/json", "x-csrf-token": CSRF, "sec-fetch-site": "same-origin" };

beforeAll(async () => {
  // A real session, sealed with the DATA_DIR's secret, carrying the CSRF token the routes check.
  const { getSession, SESSION_COOKIE } = await import("@/lib/auth/session");
  const session = await getSession();
  session.csrfToken = CSRF;
  await session.save();
  ids.sealed = env.jar.get(SESSION_COOKIE)!;
  expect(ids.sealed).toBeTruthy();

  const { repository } = await import("@/lib/persistence/open-repository");
  const { hashPassword } = await import("@/lib/auth/password");
  // 4 rounds: the fuzz exercises request handling, not bcrypt's cost.
  await (await repository()).createAdvisor(EMAIL, await hashPassword(PASSWORD, 4));

  const post = async (handler: Handler, params: Record<string, string>, body: unknown) => {
    const res = await call(handler, { method: "POST", query: "", params, body: JSON.stringify(body), headers: sameOrigin });
    expect(res.status).toBe(201);
    return (await res.json()) as Record<string, string>;
  };
  const consultations = (await import("@/app/api/consultations/route")).POST as Handler;
  const scenarios = (await import("@/app/api/consultations/[id]/scenarios/route")).POST as Handler;
  const links = (await import("@/app/api/consultations/[id]/intake-links/route")).POST as Handler;
  ids.consultation = (await post(consultations, {}, { client: "Fuzz Ltd" })).id!;
  ids.victim = (await post(consultations, {}, { client: "Deleted and restored Ltd" })).id!;
  // Intake submissions land in a consultation of their own, so the lists the other routes read stay short.
  ids.inbox = (await post(consultations, {}, { client: "Intake inbox Ltd" })).id!;
  ids.scenario = (await post(scenarios, { id: ids.consultation }, { name: "Base", ...CONTRACT_BODY })).id!;
  ids.victimScenario = (await post(scenarios, { id: ids.consultation }, { name: "Deleted", ...CONTRACT_BODY })).id!;
  const link = await post(links, { id: ids.inbox }, { expiresInDays: 14 });
  ids.link = link.id!;
  ids.token = link.token!;
  const revoked = await post(links, { id: ids.inbox }, { expiresInDays: 1 });
  ids.revokedToken = revoked.token!;
  const demandScenarios = (await import("@/app/api/demand-scenarios/route")).POST as Handler;
  ids.demand = (await post(demandScenarios, {}, { name: "Fuzz sweep", state: makeDemandState() })).id!;
  ids.demandVictim = (await post(demandScenarios, {}, { name: "Deleted sweep", state: makeDemandState() })).id!;
  const revoke = (await import("@/app/api/consultations/[id]/intake-links/[linkId]/route")).DELETE as Handler;
  expect((await call(revoke, { method: "DELETE", query: "", params: { id: ids.inbox, linkId: revoked.id! }, body: null, headers: sameOrigin })).status).toBe(200);
}, 60_000);


/** Path parameters a client can put in a URL: mostly live ids, else unknown, odd or hostile ones. */
const hostileId = fc.oneof(
  fc.constantFrom("", "0", "-1", "1e308", "null", "undefined", "__proto__", "constructor", "../../etc/passwd", "%00", "a/b", "' OR 1=1 --", "<script>", "中文", "😀"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.uuid().map(String),
  fc.constant("x".repeat(5000)),
);
const idFrom = (live: () => string[]) => fc.oneof({ weight: 2, arbitrary: fc.constantFrom(0, 1, 2, 3).map((i) => live()[i % live().length]!) }, { weight: 2, arbitrary: hostileId });

/** Headers: mostly a same-origin request with the session's CSRF token; else a wrong, missing or cross-site one. */
const headersArb = fc
  .record({
    csrf: fc.oneof({ weight: 6, arbitrary: fc.constant(CSRF) }, { weight: 1, arbitrary: fc.constantFrom(undefined, "", "wrong", CSRF.slice(1), `${CSRF} `) }),
    site: fc.oneof({ weight: 6, arbitrary: fc.constant("same-origin") }, { weight: 1, arbitrary: fc.constantFrom(undefined, "none", "cross-site", "same-site", "?") }),
    origin: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom("http://localhost", "https://evil.example", "not a url", "null") }),
    lang: LANG,
    proto: fc.constantFrom(undefined, undefined, undefined, "https", "http", "https, http", "gopher"),
  })
  .map(({ csrf, site, origin, lang, proto }) => {
    const h: Record<string, string> = { "content-type": "application/json" };
    if (csrf !== undefined) h["x-csrf-token"] = csrf;
    if (site !== undefined) h["sec-fetch-site"] = site;
    if (origin !== undefined) h.origin = origin;
    if (lang !== undefined) h["accept-language"] = lang;
    if (proto !== undefined) h["x-forwarded-proto"] = proto;
    return h;
  });

const QUERY = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("", "?lang=zh-HK", "?lang=zh-CN", "?lang=en", "?lang=xx", "?lang=<b>", "?lang=zh-HK&lang=en", "?format=x&lang=") },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."abc=&?%20<>\"'#/".split("")), maxLength: 30 }).map((q) => `?${encodeURI(q)}`) },
);

/** The session cookie: usually the sealed one; else absent, truncated, tampered with or junk (a new session must follow, never an error). */
const cookieArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant<"sealed" | "none" | string>("sealed") },
  { weight: 1, arbitrary: fc.constantFrom<"sealed" | "none" | string>("none", "", "Fe26.2**", "x") },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.nat().map((n) => `sealed-tampered:${n}`) },
);

function setCookie(c: string, name: string) {
  env.jar.clear();
  if (c === "none") return;
  if (c === "sealed") env.jar.set(name, ids.sealed);
  else if (c.startsWith("sealed-tampered:")) {
    const at = Number(c.slice("sealed-tampered:".length)) % ids.sealed.length;
    env.jar.set(name, ids.sealed.slice(0, at) + (ids.sealed[at] === "A" ? "B" : "A") + ids.sealed.slice(at + 1));
  } else env.jar.set(name, c);
}

type RouteCase = ReturnType<typeof routeOf> & { params: () => fc.Arbitrary<Record<string, string>>;
  /** Body texts (null: the route reads no body; a random body is sent anyway now and then). */
  body?: () => fc.Arbitrary<string>;
  /** Statuses of a successful answer. */
  ok: number[];
  /** Whether a success answer is JSON (exports are CSV and PDF). */
  json?: boolean;
  /** Puts the store back in the state the next case expects (a deleted record back, a restorable one deleted). */
  reset?: () => Promise<void>;
  /** The route never refuses (it answers every caller): no 4xx expected. */
  neverRefuses?: boolean;
  /** Route-specific checks of a successful answer. */
  check?: (answer: unknown, cookie: string) => void;
};

let spares = 0;
const repo = async () => (await import("@/lib/persistence/open-repository")).repository();

const DEMAND_KEYS = ["name", "state", "source", "firms", "seed", "centre", "lambda", "centreConstant", "priceHkdPerCardHour", "subsidyShare", "leadTimeDays", "capacityAccelerators", "targetUtilisation", "subsidyEligibility", "tools"];
const anyBody = () => bodyTexts({ note: "no body expected" }, ["note", "id", "name"]);
const consultationIds = () => [ids.consultation, ids.victim];
const scenarioParams = (scenario: () => string[]) => () => fc.record({ id: idFrom(() => [ids.consultation]), scenarioId: idFrom(scenario) });

/** A route of the live consultation's saved scenario, answering `ok` on success. */
const scenarioRoute = <M extends string>(method: M, path: string, module: () => Promise<Partial<Record<M, unknown>>>, ok: number, extra: Partial<RouteCase> = {}): RouteCase =>
  ({ ...routeOf(method, path, module), params: scenarioParams(() => [ids.scenario]), ok: [ok], ...extra });

const ROUTES: RouteCase[] = [
  {
    ...routeOf("POST", "/api/auth/login", () => import("@/app/api/auth/login/route")),
    params: () => fc.constant({}),
    body: () => bodyTexts({ email: EMAIL, password: PASSWORD }, ["email", "password"]),
    ok: [200],
  },
  { ...routeOf("POST", "/api/auth/logout", () => import("@/app/api/auth/logout/route")), params: () => fc.constant({}), ok: [200] },
  {
    ...routeOf("GET", "/api/auth/session", () => import("@/app/api/auth/session/route")),
    params: () => fc.constant({}),
    ok: [200],
    neverRefuses: true,
    // The sealed cookie keeps its token; any other (absent, junk, tampered with) starts a new session with a new token.
    check: (answer, cookie) => {
      const a = answer as { signedIn: boolean; csrfToken: string };
      expect(a.signedIn).toBe(false);
      expect(a.csrfToken.length).toBeGreaterThanOrEqual(32);
      if (cookie === "sealed") expect(a.csrfToken).toBe(CSRF);
      else expect(a.csrfToken).not.toBe(CSRF);
    },
  },
  {
    ...routeOf("POST", "/api/intake/{token}", () => import("@/app/api/intake/[token]/route")),
    params: () => fc.record({ token: fc.oneof({ weight: 4, arbitrary: fc.constant(ids.token) }, { weight: 1, arbitrary: fc.constant(ids.revokedToken) }, { weight: 2, arbitrary: hostileId }) }),
    body: () => bodyTexts({ needs: CONTRACT_BODY.needs }, NEEDS_KEYS),
    ok: [201],
  },
  { ...routeOf("GET", "/api/consultations", () => import("@/app/api/consultations/route")), params: () => fc.constant({}), ok: [200] },
  {
    ...routeOf("GET", "/api/consultations/{id}", () => import("@/app/api/consultations/[id]/route")),
    params: () => fc.record({ id: idFrom(consultationIds) }),
    ok: [200],
  },
  {
    ...routeOf("DELETE", "/api/consultations/{id}", () => import("@/app/api/consultations/[id]/route")),
    // Only the victim is ever deleted for real (restore brings it back): the others stay live for the other routes.
    params: () => fc.record({ id: idFrom(() => [ids.victim]) }),
    ok: [200],
    reset: async () => {
      await (await repo()).restoreConsultation(ids.victim);
    },
  },
  {
    ...routeOf("POST", "/api/consultations/{id}/restore", () => import("@/app/api/consultations/[id]/restore/route")),
    params: () => fc.record({ id: idFrom(() => [ids.victim]) }),
    ok: [200],
    reset: async () => {
      await (await repo()).deleteConsultation(ids.victim);
    },
  },
  {
    ...routeOf("GET", "/api/consultations/{id}/intake-links", () => import("@/app/api/consultations/[id]/intake-links/route")),
    params: () => fc.record({ id: idFrom(consultationIds) }),
    ok: [200],
  },
  {
    ...routeOf("DELETE", "/api/consultations/{id}/intake-links/{linkId}", () => import("@/app/api/consultations/[id]/intake-links/[linkId]/route")),
    // A spare link, made afresh before each case, is revoked for real; the intake route's live link is left alone.
    params: () => fc.record({ id: idFrom(() => [ids.inbox]), linkId: idFrom(() => [ids.spareLink]) }),
    ok: [200],
    reset: async () => {
      const link = await (await repo()).createIntakeLink(ids.inbox, `spare-token-hash-${++spares}`, new Date(Date.now() + 86_400_000).toISOString());
      ids.spareLink = link!.id;
    },
  },
  {
    ...routeOf("GET", "/api/consultations/{id}/scenarios", () => import("@/app/api/consultations/[id]/scenarios/route")),
    params: () => fc.record({ id: idFrom(consultationIds) }),
    ok: [200],
  },
  scenarioRoute("GET", "/api/consultations/{id}/scenarios/{scenarioId}", () => import("@/app/api/consultations/[id]/scenarios/[scenarioId]/route"), 200),
  {
    ...routeOf("DELETE", "/api/consultations/{id}/scenarios/{scenarioId}", () => import("@/app/api/consultations/[id]/scenarios/[scenarioId]/route")),
    params: scenarioParams(() => [ids.victimScenario]),
    ok: [200],
    reset: async () => {
      const r = await repo();
      if (await r.getScenario(ids.consultation, ids.victimScenario)) return;
      const { input, snapshot, catalogueVersion, computedOn } = (await r.getScenario(ids.consultation, ids.scenario))!;
      const [again] = (await r.addScenarios(ids.consultation, [{ name: "Deleted", source: "duplicate", input, snapshot, catalogueVersion, computedOn }]))!;
      ids.victimScenario = again!.id;
    },
  },
  scenarioRoute("POST", "/api/consultations/{id}/scenarios/{scenarioId}/duplicate", () => import("@/app/api/consultations/[id]/scenarios/[scenarioId]/duplicate/route"), 201),
  scenarioRoute("GET", "…/scenarios/{scenarioId}/recompute", () => import("@/app/api/consultations/[id]/scenarios/[scenarioId]/recompute/route"), 200),
  scenarioRoute("GET", "…/scenarios/{scenarioId}/export.json", () => import("@/app/api/consultations/[id]/scenarios/[scenarioId]/export.json/route"), 200),
  scenarioRoute("GET", "…/scenarios/{scenarioId}/export.csv", () => import("@/app/api/consultations/[id]/scenarios/[scenarioId]/export.csv/route"), 200, { json: false }),
  scenarioRoute("GET", "…/scenarios/{scenarioId}/report.pdf", () => import("@/app/api/consultations/[id]/scenarios/[scenarioId]/report.pdf/route"), 200, { json: false }),
  // The saved demand scenarios (same sign-in and CSRF as consultations).
  { ...routeOf("GET", "/api/demand-scenarios", () => import("@/app/api/demand-scenarios/route")), params: () => fc.constant({}), ok: [200] },
  {
    ...routeOf("POST", "/api/demand-scenarios", () => import("@/app/api/demand-scenarios/route")),
    params: () => fc.constant({}),
    body: () => bodyTexts({ name: "Sweep", state: makeDemandState() }, DEMAND_KEYS),
    ok: [201],
  },
  {
    ...routeOf("GET", "/api/demand-scenarios/{id}", () => import("@/app/api/demand-scenarios/[id]/route")),
    params: () => fc.record({ id: idFrom(() => [ids.demand]) }),
    ok: [200],
  },
  {
    ...routeOf("PATCH", "/api/demand-scenarios/{id}", () => import("@/app/api/demand-scenarios/[id]/route")),
    params: () => fc.record({ id: idFrom(() => [ids.demand]) }),
    body: () => bodyTexts({ name: "Renamed sweep", state: makeDemandState() }, DEMAND_KEYS),
    ok: [200],
  },
  {
    ...routeOf("DELETE", "/api/demand-scenarios/{id}", () => import("@/app/api/demand-scenarios/[id]/route")),
    params: () => fc.record({ id: idFrom(() => [ids.demandVictim]) }),
    ok: [200],
    reset: async () => {
      const r = await repo();
      if (await r.getDemandScenario(ids.demandVictim)) return;
      ids.demandVictim = (await r.createDemandScenario({ name: "Deleted sweep", state: makeDemandState() })).id;
    },
  },
  { ...routeOf("GET", "/api/demand-population", () => import("@/app/api/demand-population/route")), params: () => fc.constant({}), ok: [200] },
];

/** Statuses a client may get for its own mistakes on these routes. */
const CLIENT_ERRORS = [400, 401, 403, 404, 410, 413, 429];

describe("sign-in, intake and body-less consultation route handlers under fuzzing (in process)", () => {
  it.each(ROUTES.map((r) => [r.name, r] as const))(`%s: ${RUNS}+ generated requests → 2xx or 4xx naming the problem, never 5xx`, async (name, route) => {
    const handler = await route.load();
    const { SESSION_COOKIE } = await import("@/lib/auth/session");
    const seen: Record<number, number> = (statuses[name] = {});
    counted[name] = 0;
    const body = route.body ? route.body() : fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyBody() });
    await fc.assert(
      fc.asyncProperty(route.params(), body, headersArb, QUERY, cookieArb, fc.boolean(), async (params, text, headers, query, cookie, signInRequired) => {
        counted[name]!++;
        await route.reset?.();
        setCookie(cookie, SESSION_COOKIE);
        // Now and then sign-in is required (a shared deployment): the fuzzed session has no advisor, so 401.
        process.env.AUTH_REQUIRED = signInRequired && counted[name]! % 4 === 0 ? "1" : "0";
        const res = await call(handler, { method: route.method, query, params, body: text, headers });
        seen[res.status] = (seen[res.status] ?? 0) + 1;
        expect(res.status).toBeLessThan(500);
        const raw = await res.text();
        if (route.ok.includes(res.status)) {
          if (route.json !== false) {
            const answer = JSON.parse(raw) as unknown;
            route.check?.(answer, cookie);
          }
          return;
        }
        expect(CLIENT_ERRORS).toContain(res.status);
        expect(raw).not.toMatch(LEAK);
        const answer = JSON.parse(raw) as { error?: unknown; message?: unknown; issues?: { path: unknown; field: unknown; message: string }[] };
        expect(typeof answer.error).toBe("string");
        if (answer.error === "invalid-request") {
          expect(answer.issues!.length).toBeGreaterThan(0);
          for (const i of answer.issues!) {
            expect(typeof i.path).toBe("string");
            expect(typeof i.field).toBe("string");
            expect(i.message.length).toBeGreaterThan(0);
          }
        } else {
          // Every other refusal says what went wrong in the caller's language.
          expect(typeof answer.message === "string" && answer.message.length > 0).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: 20261203 },
    );
    process.env.AUTH_REQUIRED = "0";
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(counted[name]).toBeGreaterThanOrEqual(RUNS);
    // Not vacuous: some requests succeed, some are refused.
    expect(route.ok.reduce((n, s) => n + (seen[s] ?? 0), 0)).toBeGreaterThan(RUNS / 100);
    if (!route.neverRefuses) expect(CLIENT_ERRORS.reduce((n, s) => n + (seen[s] ?? 0), 0)).toBeGreaterThan(RUNS / 100);
  }, 600_000);
});
