import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";
import { makeNewScenario } from "@/tests/fixtures/scenario-builders";
import { createTestAdvisor, signInAs, tempAdvisorStore } from "@/tests/fixtures/temp-advisor-store";

/*
 * The saved demand scenario routes and the consultations population route, in process,
 * against a temporary SQLite DATA_DIR, sign-in required, with a real sealed session cookie
 * (iron-session over an in-memory jar standing in for next/headers).
 */
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => (await import("@/tests/unit/api/fuzz-cookie-jar")).cookieJarModule(jar));
tempAdvisorStore("ca-demand-scenarios-");

const CSRF = "demand-csrf-token-0123456789abcdef";
type Handler = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;

const list = await import("@/app/api/demand-scenarios/route");
const one = await import("@/app/api/demand-scenarios/[id]/route");
const population = await import("@/app/api/demand-population/route");

async function call(handler: unknown, method: string, opts: { id?: string; body?: string | object; lang?: string; csrf?: string | null } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", "sec-fetch-site": "same-origin" };
  if (opts.csrf !== null) headers["x-csrf-token"] = opts.csrf ?? CSRF;
  const body = opts.body === undefined ? null : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
  const url = `http://localhost/api/demand-scenarios${opts.id ? `/${opts.id}` : ""}${opts.lang ? `?lang=${opts.lang}` : ""}`;
  const res = await (handler as Handler)(new Request(url, { method, body, headers }), {
    params: Promise.resolve(opts.id ? { id: opts.id } : {}) as Promise<never>,
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const signIn = (advisorId: string | undefined) => signInAs(advisorId, CSRF);

let advisorId = "";
beforeAll(async () => {
  advisorId = await createTestAdvisor("planner@example.org");
});
beforeEach(() => signIn(advisorId));

describe("saved demand scenario routes", () => {
  it("save, list, reopen, rename and delete", async () => {
    const state = makeDemandState({ firms: 5000, seed: 7, centre: { priceHkdPerCardHour: 22.5, subsidyShare: 0.5 }, lambda: 0.2 });
    const created = await call(list.POST, "POST", { body: { name: "Half subsidy", state } });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    expect(created.json.scenario).toMatchObject({ id, name: "Half subsidy", state });

    const listed = await call(list.GET, "GET");
    expect(listed.status).toBe(200);
    expect((listed.json.scenarios as { id: string }[]).map((s) => s.id)).toContain(id);

    const got = await call(one.GET, "GET", { id });
    expect(got.json.scenario).toMatchObject({ name: "Half subsidy", state });

    const renamed = await call(one.PATCH, "PATCH", { id, body: { name: "Half subsidy, 22.5" } });
    expect(renamed.status).toBe(200);
    expect(renamed.json.scenario).toMatchObject({ name: "Half subsidy, 22.5", state });

    const resettled = await call(one.PATCH, "PATCH", { id, body: { state: { ...state, source: "consultations" } } });
    expect((resettled.json.scenario as { state: { source: string } }).state.source).toBe("consultations");

    expect((await call(one.DELETE, "DELETE", { id })).status).toBe(200);
    expect((await call(one.GET, "GET", { id })).status).toBe(404);
    expect((await call(one.DELETE, "DELETE", { id })).status).toBe(404);
    expect((await call(one.PATCH, "PATCH", { id, body: { name: "x" } })).status).toBe(404);
  });

  it("400 names every bad field by the page's label, in the caller's language; nothing is saved", async () => {
    const before = ((await call(list.GET, "GET")).json.scenarios as unknown[]).length;
    const good = makeDemandState();
    const bad = { name: " ", state: { ...good, firms: 0, centre: { ...good.centre, priceHkdPerCardHour: -1 }, lambda: "high" } };
    const en = await call(list.POST, "POST", { body: bad });
    expect(en.status).toBe(400);
    const messages = (en.json.issues as { message: string; path: string }[]).map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Scenario name: /),
        expect.stringMatching(/^Number of firms: /),
        expect.stringMatching(/^Price per card-hour: /),
        expect.stringMatching(/^λ \(scale/),
      ]),
    );
    const zh = await call(list.POST, "POST", { body: bad, lang: "zh-HK" });
    expect((zh.json.issues as { message: string }[]).map((i) => i.message).join("\n")).toMatch(/情境名稱[：:]/);
    expect((zh.json.issues as { message: string }[]).map((i) => i.message).join("\n")).toMatch(/每卡時價格[：:]/);
    expect((await call(list.POST, "POST", { body: { name: "ok", state: { ...good, extra: 1 } } })).status).toBe(400);
    expect((await call(list.POST, "POST", { body: { name: "nul\u0000", state: good } })).status).toBe(400);
    expect((await call(list.POST, "POST", { body: "{not json" })).json.error).toBe("invalid-json");
    expect((await call(list.POST, "POST", { body: [] })).status).toBe(400);
    const created = await call(list.POST, "POST", { body: { name: "Keep", state: good } });
    const empty = await call(one.PATCH, "PATCH", { id: created.json.id as string, body: {} });
    expect(empty.status).toBe(400);
    expect((empty.json.issues as { message: string }[])[0]!.message).toMatch(/at least one field/);
    expect(((await call(list.GET, "GET")).json.scenarios as unknown[]).length).toBe(before + 1);
  });

  it("needs a signed-in advisor (401) and the CSRF token on writes (403)", async () => {
    await signIn(undefined);
    expect((await call(list.GET, "GET")).status).toBe(401);
    expect((await call(list.POST, "POST", { body: { name: "x", state: makeDemandState() } })).status).toBe(401);
    expect((await call(population.GET, "GET")).status).toBe(401);
    await signIn(advisorId);
    expect((await call(list.POST, "POST", { body: { name: "x", state: makeDemandState() }, csrf: null })).status).toBe(403);
    expect((await call(list.POST, "POST", { body: { name: "x", state: makeDemandState() }, csrf: "wrong" })).status).toBe(403);
  });
});

describe("GET /api/demand-population", () => {
  it("one firm per consultation with a scenario, needs only: no client, organisation, advisor, notes or scenario name", async () => {
    const { repository } = await import("@/lib/persistence/open-repository");
    const repo = await repository();
    const secrets = ["Zebra Quantum Holdings", "Zebra Parent Co", "Advisor Marple", "confidential merger talk", "Secret plan Z"];
    const c = await repo.createConsultation({ client: secrets[0]!, organisation: secrets[1], advisor: secrets[2], notes: secrets[3] });
    await repo.addScenarios(c.id, [makeNewScenario({ name: secrets[4], needs: { gpuHoursPerMonth: 1234, subsidies: [] } })]);
    const other = await repo.createConsultation({ client: "Other client" });
    await repo.addScenarios(other.id, [makeNewScenario({ name: "Other scenario", needs: { gpuHoursPerMonth: 777 } })]);
    await repo.createConsultation({ client: "Nothing saved yet" });

    const res = await call(population.GET, "GET");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ used: 2, skipped: 0 });
    const firms = res.json.firms as { workloads: { gpuHoursPerMonth: number }[] }[];
    expect(firms.map((f) => f.workloads.map((w) => w.gpuHoursPerMonth))).toEqual([[1234], [777]]);
    const text = JSON.stringify(res.json);
    for (const s of [...secrets, "Other client", "Other scenario", "Nothing saved yet", c.id, other.id]) expect(text).not.toContain(s);
  });
});
