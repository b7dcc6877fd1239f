import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";
import { DEMAND_BODY } from "@/tests/fixtures/demand-body";
import { bodyTexts, expectFieldIssues, LANG, LEAK, NEEDS_KEYS as BODY_NEEDS_KEYS } from "./fuzz-bodies";
import { FUZZ_CSRF, fuzzStore, handle, routeOf, RUNS, type Handler } from "./fuzz-store";

/*
 * The route fuzz (see route-fuzz.test.ts) for /api/demand and every consultation route that
 * reads a body, in process, against a temporary SQLite DATA_DIR and a real sealed session
 * cookie (iron-session over an in-memory cookie jar standing in for next/headers). Every
 * answer must be a 2xx, a 404 (an unknown id), a 413, or a 400 with field errors — never a
 * 5xx, a throw, an unhandled rejection, a stack trace or a path. RUNS cases per route.
 */
const env = vi.hoisted(() => ({ jar: new Map<string, string>() }));

vi.mock("next/headers", async () => (await import("./fuzz-cookie-jar")).cookieJarModule(env.jar));

const { counted, statuses } = fuzzStore("ca-fuzz-");
let consultationId = "";
let scenarioId = "";
let exportFile: unknown = null;

async function call(handler: Handler, method: string, path: string, params: Record<string, string>, text: string | null, lang?: string): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json", "x-csrf-token": FUZZ_CSRF, "sec-fetch-site": "same-origin" };
  if (lang) headers["accept-language"] = lang;
  return handle(handler, new Request(`http://localhost${path}`, { method, body: text, headers }), params);
}

beforeAll(async () => {
  // A real session: sealed with the DATA_DIR's secret, carrying the CSRF token the routes check.
  const { getSession } = await import("@/lib/auth/session");
  const session = await getSession();
  session.csrfToken = FUZZ_CSRF;
  await session.save();
  expect(env.jar.size).toBe(1);

  const consultations = await import("@/app/api/consultations/route");
  const created = await call(consultations.POST as Handler, "POST", "/api/consultations", {}, JSON.stringify({ client: "Fuzz Ltd" }));
  expect(created.status).toBe(201);
  consultationId = ((await created.json()) as { id: string }).id;
  const scenarios = await import("@/app/api/consultations/[id]/scenarios/route");
  const scenario = await call(scenarios.POST as Handler, "POST", "/x", { id: consultationId }, JSON.stringify({ name: "Base", ...CONTRACT_BODY }));
  expect(scenario.status).toBe(201);
  scenarioId = ((await scenario.json()) as { id: string }).id;
  const exported = await import("@/app/api/consultations/[id]/scenarios/[scenarioId]/export.json/route");
  const file = await call(exported.GET as Handler, "GET", "/x", { id: consultationId, scenarioId }, null);
  expect(file.status).toBe(200);
  exportFile = await file.json();
}, 60_000);


const NEEDS_KEYS = [...BODY_NEEDS_KEYS, "weights", "method", "currency"];
const CONSULTATION = { client: "Acme AI", organisation: "Acme Ltd", advisor: "Wong", notes: "Fuzz 中文" };
const CONSULTATION_KEYS = ["client", "organisation", "advisor", "notes"];

/** Each route: its handler, method, the valid body its mutations start from, and the field names. */
type RouteCase = ReturnType<typeof routeOf> & { params: () => Record<string, string>; base: () => unknown; keys: string[]; ok: number[] };

const ROUTES: RouteCase[] = [
  {
    ...routeOf("POST", "/api/demand", () => import("@/app/api/demand/route")),
    params: () => ({}),
    base: () => DEMAND_BODY,
    keys: ["population", "centre", "lambda", "centreConstant", "synthetic", "firms", "seed", "priceHkdPerCardHour", "subsidyShare", "leadTimeDays", "capacityAccelerators", "targetUtilisation", "subsidyEligibility", "tools"],
    ok: [200],
  },
  {
    ...routeOf("POST", "/api/consultations", () => import("@/app/api/consultations/route")),
    params: () => ({}),
    base: () => CONSULTATION,
    keys: CONSULTATION_KEYS,
    ok: [201],
  },
  {
    ...routeOf("PATCH", "/api/consultations/{id}", () => import("@/app/api/consultations/[id]/route")),
    params: () => ({ id: consultationId }),
    base: () => CONSULTATION,
    keys: CONSULTATION_KEYS,
    ok: [200],
  },
  {
    ...routeOf("POST", "/api/consultations/{id}/intake-links", () => import("@/app/api/consultations/[id]/intake-links/route")),
    params: () => ({ id: consultationId }),
    base: () => ({ expiresInDays: 14 }),
    keys: ["expiresInDays"],
    ok: [201],
  },
  {
    ...routeOf("POST", "/api/consultations/{id}/scenarios", () => import("@/app/api/consultations/[id]/scenarios/route")),
    params: () => ({ id: consultationId }),
    base: () => ({ name: "Fuzzed", ...CONTRACT_BODY, method: "weighted-sum", currency: "HKD" }),
    keys: ["name", ...NEEDS_KEYS],
    ok: [201],
  },
  {
    ...routeOf("PATCH", "/api/consultations/{id}/scenarios/{scenarioId}", () => import("@/app/api/consultations/[id]/scenarios/[scenarioId]/route")),
    params: () => ({ id: consultationId, scenarioId }),
    base: () => ({ name: "Renamed", position: 0 }),
    keys: ["name", "position", "recompute"],
    ok: [200],
  },
  {
    ...routeOf("POST", "/api/consultations/{id}/scenarios/import", () => import("@/app/api/consultations/[id]/scenarios/import/route")),
    params: () => ({ id: consultationId }),
    base: () => exportFile,
    keys: ["format", "version", "name", "input", "snapshot", "catalogueVersion", "computedOn", ...NEEDS_KEYS],
    ok: [201],
  },
];

describe("consultation and demand route handlers under fuzzing (in process)", () => {
  it.each(ROUTES.map((r) => [r.name, r] as const))(`%s: ${RUNS}+ generated and mutated bodies → 2xx or 4xx with field errors, never 5xx`, async (name, route) => {
    const handler = await route.load();
    const seen: Record<number, number> = (statuses[name] = {});
    counted[name] = 0;
    // The arbitrary is built now: the import base exists only after beforeAll.
    await fc.assert(
      fc.asyncProperty(bodyTexts(route.base(), route.keys), LANG, async (text, lang) => {
        counted[name]!++;
        const res = await call(handler, route.method, "/api/fuzz", route.params(), text, lang);
        seen[res.status] = (seen[res.status] ?? 0) + 1;
        expect(res.status).toBeLessThan(500);
        const raw = await res.text();
        const body = JSON.parse(raw) as Record<string, unknown>;
        if (route.ok.includes(res.status)) return;
        expect(raw).not.toMatch(LEAK);
        expect([400, 413]).toContain(res.status);
        if (res.status === 400) {
          if (body.error === "invalid-json") {
            // Not JSON at all: no field to name; the message says so in the caller's language.
            expect(typeof body.message === "string" && body.message.length > 0).toBe(true);
            return;
          }
          expectFieldIssues(body);
        }
      }),
      { numRuns: RUNS, seed: 20261203 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(counted[name]).toBeGreaterThanOrEqual(RUNS);
    // Not vacuous: some mutated bodies stay valid, and most are refused with field errors.
    expect(route.ok.reduce((n, s) => n + (seen[s] ?? 0), 0)).toBeGreaterThan(RUNS / 100);
    expect(seen[400] ?? 0).toBeGreaterThan(RUNS / 3);
  }, 180_000);
});
