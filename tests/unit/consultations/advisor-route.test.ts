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
const { MAX_BODY_BYTES } = await import("@/lib/consultations/http/route-kit");
const { apiErrorText } = await import("@/lib/consultations/http/api-text");

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

  it("does not read the body of a request the guard refuses", async () => {
    guard.result = { ok: false, response: NextResponse.json({ error: "unauthorised" }, { status: 401 }) };
    const request = post(JSON.stringify({ name: "Plan A" }));
    const res = await route(request, ctx({ id: "c1" }));
    expect(res.status).toBe(401);
    expect(request.bodyUsed).toBe(false);
  });

  it("answers a body over the limit with a localised 413 that closes the connection, before parsing", async () => {
    const parse = vi.fn(zodBody(schema));
    const big = advisorBodyRoute({}, parse, async () => NextResponse.json({}));
    const request = new Request("http://advisor.example/x?lang=zh-HK", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json", "content-length": String(MAX_BODY_BYTES + 1) },
    });
    const res = await big(request, ctx({}));
    expect(res.status).toBe(413);
    expect(res.headers.get("connection")).toBe("close");
    const json = (await res.json()) as { error: string; message: string };
    expect(json.error).toBe("payload-too-large");
    expect(json.message).not.toBe(apiErrorText("en", "payload-too-large"));
    expect(parse).not.toHaveBeenCalled();
  });

  it("names the invalid field by the consultations label in the caller's language", async () => {
    const named = advisorBodyRoute({}, zodBody(z.object({ client: z.string().min(1) })), async () => NextResponse.json({}));
    const res = await named(post(JSON.stringify({ client: "" }), "zh-HK"), ctx({}));
    const json = (await res.json()) as { issues: { field: string; message: string }[] };
    expect(json.issues.map((i) => i.field)).toEqual(["客戶名稱"]);
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
