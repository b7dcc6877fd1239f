import { NextResponse } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const guard = vi.hoisted(() => ({ result: null as unknown, calls: [] as { mutating: boolean }[] }));
vi.mock("@/lib/auth/route-guard", () => ({
  guardAdvisorRoute: async (_request: Request, opts: { mutating: boolean }) => {
    guard.calls.push(opts);
    return guard.result;
  },
}));

const { advisorBodyRoute, advisorRoute, scenarioRoute, zodBody } = await import("@/lib/consultations/http/advisor-route");

const repo = { marker: "repo" };
const ctx = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const post = (body: string, lang = "en") =>
  new Request(`http://advisor.example/api/consultations/c1?lang=${lang}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });

beforeEach(() => {
  guard.result = { ok: true, repo, advisorId: "a1" };
  guard.calls = [];
});

describe("advisorRoute", () => {
  it("hands the handler the named params, the repository, the advisor and the guard's mode", async () => {
    const handler = vi.fn(
      async ({ params, repo: r, advisorId }: { params: Record<string, string>; repo: unknown; advisorId: string | null }) =>
        NextResponse.json({ params, same: r === repo, advisorId }),
    );
    const GET = advisorRoute({ mutating: false, params: ["id", "scenarioId"] }, handler);
    const res = await GET(new Request("http://advisor.example/x"), ctx({ id: "c1", scenarioId: "s1" }));
    expect(await res.json()).toEqual({ params: { id: "c1", scenarioId: "s1" }, same: true, advisorId: "a1" });
    expect(guard.calls).toEqual([{ mutating: false }]);
  });

  it("returns the guard's refusal without running the handler", async () => {
    guard.result = { ok: false, response: NextResponse.json({ error: "csrf" }, { status: 403 }) };
    const handler = vi.fn(async () => NextResponse.json({}));
    const res = await advisorRoute({ mutating: true, params: ["id"] }, handler)(post("{}"), ctx({ id: "c1" }));
    expect(res.status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
    expect(guard.calls).toEqual([{ mutating: true }]);
  });

  it("notFound() is a 404 in the caller's language", async () => {
    const GET = advisorRoute({ mutating: false }, async ({ notFound }) => notFound());
    const en = await GET(new Request("http://advisor.example/x?lang=en"), ctx({}));
    const zh = await GET(new Request("http://advisor.example/x?lang=zh-HK"), ctx({}));
    expect(en.status).toBe(404);
    const [a, b] = [(await en.json()) as { error: string; message: string }, (await zh.json()) as { error: string; message: string }];
    expect(a.error).toBe("not-found");
    expect(b.error).toBe("not-found");
    expect(a.message).not.toBe(b.message);
  });
});

describe("advisorBodyRoute", () => {
  const schema = z.object({ name: z.string().min(1) });
  const route = advisorBodyRoute({ params: ["id"] }, zodBody(schema), async ({ params, body }) =>
    NextResponse.json({ id: params.id, name: body.name }),
  );

  it("passes the parsed body to the handler and always guards as mutating", async () => {
    const res = await route(post(JSON.stringify({ name: "Plan A" })), ctx({ id: "c1" }));
    expect(await res.json()).toEqual({ id: "c1", name: "Plan A" });
    expect(guard.calls).toEqual([{ mutating: true }]);
  });

  it("answers a body that is not JSON with a localised 400 invalid-json", async () => {
    const res = await route(post("{nope"), ctx({ id: "c1" }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe("invalid-json");
  });

  it("answers an invalid body with 400 invalid-request naming the field", async () => {
    const res = await route(post(JSON.stringify({ name: "" })), ctx({ id: "c1" }));
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: string; issues: { path: string }[] };
    expect(json.error).toBe("invalid-request");
    expect(json.issues.map((i) => i.path)).toEqual(["name"]);
  });
});

describe("scenarioRoute", () => {
  const stored = { id: "s1", name: "Plan A" };
  const scenarios = { getScenario: vi.fn(async (c: string, s: string) => (c === "c1" && s === "s1" ? stored : null)) };
  const GET = scenarioRoute({ mutating: false }, async ({ scenario }) => NextResponse.json({ name: scenario.name }));

  it("loads the scenario of the path's consultation for the handler", async () => {
    guard.result = { ok: true, repo: scenarios, advisorId: null };
    const res = await GET(new Request("http://advisor.example/x"), ctx({ id: "c1", scenarioId: "s1" }));
    expect(await res.json()).toEqual({ name: "Plan A" });
  });

  it("answers 404 when the scenario is not in that consultation", async () => {
    guard.result = { ok: true, repo: scenarios, advisorId: null };
    const res = await GET(new Request("http://advisor.example/x"), ctx({ id: "c2", scenarioId: "s1" }));
    expect(res.status).toBe(404);
  });
});
