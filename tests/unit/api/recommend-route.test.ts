import { describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/recommend/route";
import { GET } from "@/app/api/catalogue/route";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { makeNeeds } from "@/tests/fixtures/builders";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";

// The route refuses a startBy before today: pin "today" so the contract body (startBy 2027-01-15)
// stays in the future whatever the machine's clock says.
vi.mock("@/lib/domain/hong-kong-date", () => ({ hongKongDate: () => "2026-12-01" }));

type Issue = { path: string; field: string; code: string; message: string };

const post = (body: unknown, query = "", headers: Record<string, string> = {}) =>
  POST(new Request(`http://localhost/api/recommend${query}`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json", ...headers } }));

const withNeeds = (edit: Record<string, unknown>) => ({ ...CONTRACT_BODY, needs: { ...CONTRACT_BODY.needs, ...edit } });

async function issues(res: Response): Promise<Issue[]> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: string; issues: Issue[] };
  expect(body.error).toBe("invalid-request");
  return body.issues;
}

describe("POST /api/recommend: defects found by fuzzing the running server", () => {
  it("a quoted price of 1e308 is refused naming the field (it once gave NaN costs that passed a HK$1 budget)", async () => {
    const res = await post(withNeeds({ budgetHkd: 1, priceOverrides: [{ offerId: "cyberport-aisc-aiss", quotedPricePerAcceleratorHour: 1e308 }] }));
    const found = await issues(res);
    expect(found.map((i) => i.path)).toEqual(["needs.priceOverrides.0.quotedPricePerAcceleratorHour"]);
    expect(found[0]!.message).toMatch(/must be at most 100,000/);
  });

  it("the engine itself refuses a non-finite cost instead of ranking it under any budget", () => {
    // Past the schema (a caller that skips it): a 1e308 quote in USD overflows to Infinity.
    const needs = makeNeeds({ workload: "inference", gpuHoursPerMonth: 1000, durationMonths: 6 });
    const offerId = recommend(needs, DEFAULT_WEIGHTS, catalogue, { referenceDate: "2026-11-25" }).ranked[0]!.offerId;
    const rec = recommend({ ...needs, budgetHkd: 1, priceOverrides: [{ offerId, quotedPricePerAcceleratorHour: 1e308, currency: "USD" }] }, DEFAULT_WEIGHTS, catalogue, { referenceDate: "2026-11-25" });
    expect(rec.ranked.map((r) => r.offerId)).not.toContain(offerId);
    expect(rec.excluded.find((e) => e.offerId === offerId)!.reasons.map((r) => r.code)).toEqual(["exclude.cost-out-of-range"]);
  });

  it("ten copies of one subsidy are refused (each copy once stacked another subsidy)", async () => {
    const found = await issues(await post(withNeeds({ subsidies: Array.from({ length: 10 }, () => "hk-aiss") })));
    expect(found.map((i) => i.path)).toEqual(Array.from({ length: 9 }, (_, i) => `needs.subsidies.${i + 1}`));
    expect(found[0]!.message).toMatch(/already in the list/);
  });

  it("a repeated tool or overridden offer is refused too", async () => {
    const found = await issues(
      await post(withNeeds({ tools: ["jupyter", "jupyter"], priceOverrides: [{ offerId: "cyberport-aisc-aiss", discountPct: 5 }, { offerId: "cyberport-aisc-aiss", discountPct: 9 }] })),
    );
    expect(found.map((i) => i.path).sort()).toEqual(["needs.priceOverrides.1.offerId", "needs.tools.1"]);
  });

  it("a repeated overseas entity country or institution is refused", async () => {
    const found = await issues(await post(withNeeds({ organisation: { overseasEntities: ["SG", "JP", "SG"], memberOf: ["hkust", "hkust"] } })));
    expect(found.map((i) => i.path).sort()).toEqual(["needs.organisation.memberOf.1", "needs.organisation.overseasEntities.2"]);
  });

  it.each([
    [1e-320, "must be at least 1"],
    [0.5, "must be at least 1"],
    [2e7, "must be at most 10,000,000"],
  ])("gpuHoursPerMonth %s is refused: %s (1e-320 once gave HKD ∞ per hour)", async (hours, message) => {
    const found = await issues(await post(withNeeds({ gpuHoursPerMonth: hours })));
    expect(found).toEqual([{ path: "needs.gpuHoursPerMonth", field: "GPU-hours per month", code: "too_small" === found[0]!.code ? "too_small" : "too_big", message: `GPU-hours per month: ${message}` }]);
  });

  it("messages follow the caller's language", async () => {
    const found = await issues(await post(withNeeds({ subsidies: ["hk-aiss", "hk-aiss"] }), "?lang=zh-HK"));
    expect(found[0]!.message).toMatch(/已在清單中/);
  });
});

describe("POST /api/recommend: body limits", () => {
  it("counts bytes: 100,000 three-byte characters (300 kB, 100 k characters) → 413, with JSON and no stack", async () => {
    const res = await post(JSON.stringify({ needs: { note: "中".repeat(100_000) } }));
    expect(res.status).toBe(413);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ error: "payload-too-large", issues: [] });
  });

  it("a declared Content-Length over the limit is refused before the body is read", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const res = await POST(new Request("http://localhost/api/recommend", { method: "POST", body, headers: { "content-length": "600000000" }, duplex: "half" } as RequestInit));
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("an endless body is cut at the limit (a few chunks read, not 600 MB)", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const res = await POST(new Request("http://localhost/api/recommend", { method: "POST", body, duplex: "half" } as RequestInit));
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });
});

describe("POST /api/recommend?fields=summary", () => {
  it("answers the same ranking in a compact form, a fraction of the size", async () => {
    const wide = { needs: { workload: "inference", gpuHoursPerMonth: 1000, durationMonths: 3 } };
    const full = (await (await post(wide)).json()) as { ranked: { offerId: string; total: number; costHKD: number }[]; excluded: unknown[] };
    expect(full.ranked.length).toBeGreaterThan(10);
    const res = await post(wide, "?fields=summary");
    expect(res.status).toBe(200);
    const text = await res.text();
    const summary = JSON.parse(text) as { fields: string; ranked: Record<string, unknown>[]; excluded: { offerId: string; reasonCodes: string[] }[] };
    expect(summary.fields).toBe("summary");
    expect(summary.ranked.map((r) => [r.offerId, r.total, r.costHKD])).toEqual(full.ranked.map((r) => [r.offerId, r.total, r.costHKD]));
    expect(summary.excluded).toHaveLength(full.excluded.length);
    expect(summary.excluded.every((e) => e.reasonCodes.length > 0 && e.reasonCodes.every((c) => /^exclude\./.test(c)))).toBe(true);
    for (const r of summary.ranked) {
      expect(r).not.toHaveProperty("costBreakdown");
      expect(r).not.toHaveProperty("factorDetails");
    }
    expect(text.length).toBeLessThan(JSON.stringify(full).length / 8);
    // Hints (extra engine runs) only when asked for (?include=hints).
    expect(full).not.toHaveProperty("hints");
    expect(summary).not.toHaveProperty("hints");
  });

  it("an unknown fields value is a 400 naming it and the values there are", async () => {
    for (const bad of ["everything", "", "FULL"]) {
      const found = await issues(await post(CONTRACT_BODY, `?fields=${bad}`));
      expect(found.map((i) => [i.path, i.code])).toEqual([["fields", "invalid_value"]]);
      expect(found[0]!.message).toMatch(/standard.*full.*summary/);
    }
  });
});

describe("POST /api/recommend?fields=standard (the default) and ?fields=full", () => {
  type Check = { rule: string; passed: boolean };
  type Answer = {
    fields: string;
    ranked: { offerId: string; ruleChecks?: Check[]; freshness?: unknown[]; reasons: { code: string; factor?: string }[]; factorDetails: Record<string, object> }[];
    excluded: { offerId: string; ruleChecks: Check[]; reasons: { code: string }[] }[];
  };
  const get = async (query: string) => {
    const res = await post(CONTRACT_BODY, query);
    expect(res.status).toBe(200);
    const text = await res.text();
    return { text, answer: JSON.parse(text) as Answer };
  };

  it("the default is the standard answer, and ?fields=standard the same bytes", async () => {
    const byDefault = await get("");
    expect(byDefault.answer.fields).toBe("standard");
    expect((await get("?fields=standard")).text).toBe(byDefault.text);
  });

  it("standard gives each excluded option only its failed checks and no ranked option rule checks or freshness; full gives them all", async () => {
    const standard = (await get("")).answer;
    const full = (await get("?fields=full")).answer;
    expect(full.fields).toBe("full");
    expect(standard.excluded.map((e) => e.offerId)).toEqual(full.excluded.map((e) => e.offerId));
    standard.excluded.forEach((e, i) => {
      const all = full.excluded[i]!.ruleChecks;
      expect(all.some((c) => c.passed)).toBe(true);
      expect(e.ruleChecks).toEqual(all.filter((c) => !c.passed));
      expect(e.ruleChecks.length).toBe(e.reasons.length);
    });
    for (const r of standard.ranked) {
      expect(r).not.toHaveProperty("ruleChecks");
      expect(r).not.toHaveProperty("freshness");
    }
    for (const r of full.ranked) {
      expect(r.ruleChecks!.length).toBeGreaterThan(0);
      expect(r.freshness!.length).toBeGreaterThan(0);
    }
  });

  it("sends every reason once: factor details keep score, formula and inputs, the reasons carry their factor", async () => {
    for (const { answer } of [await get(""), await get("?fields=full")]) {
      for (const r of answer.ranked) {
        for (const d of Object.values(r.factorDetails)) expect(d).not.toHaveProperty("reasons");
        expect(r.reasons.some((x) => x.factor === "price")).toBe(true);
      }
    }
  });

  it("the standard answer is much smaller than the full one", async () => {
    const standard = (await get("")).text;
    const full = (await get("?fields=full")).text;
    expect(standard.length).toBeLessThan(full.length * 0.7);
  });
});

describe("POST /api/recommend?include=hints", () => {
  // A start date two weeks out excludes the slow centres: there is a closest miss to report.
  const near = withNeeds({ startBy: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10) });
  type Hint = { kind: string; offerId?: string; costHKD?: number };

  it("hints are opt-in: absent by default, present with ?include=hints (full and summary), same ranking", async () => {
    const plain = (await (await post(near)).json()) as { ranked: { offerId: string }[]; hints?: unknown };
    expect(plain).not.toHaveProperty("hints");
    const res = await post(near, "?include=hints");
    expect(res.status).toBe(200);
    const withHints = (await res.json()) as { ranked: { offerId: string }[]; hints: Hint[] };
    expect(withHints.ranked.map((r) => r.offerId)).toEqual(plain.ranked.map((r) => r.offerId));
    expect(withHints.hints.length).toBeGreaterThan(0);
    for (const h of withHints.hints) expect(["closest-miss", "what-if"]).toContain(h.kind);
    const summary = (await (await post(near, "?fields=summary&include=hints")).json()) as { fields: string; hints: Hint[] };
    expect(summary.fields).toBe("summary");
    expect(summary.hints).toEqual(withHints.hints);
  });

  it("no hints under TOPSIS (their ranks are weighted-sum ranks), even when asked for", async () => {
    const body = (await (await post({ ...near, method: "topsis" }, "?include=hints")).json()) as { method: string };
    expect(body.method).toBe("topsis");
    expect(body).not.toHaveProperty("hints");
  });

  it("an unknown include is a 400 naming it, with the body's own errors", async () => {
    const found = await issues(await post(withNeeds({ durationMonths: -1 }), "?include=hints,everything"));
    expect(found.map((i) => [i.path, i.code])).toContainEqual(["include", "invalid_value"]);
    expect(found.map((i) => i.path)).toContain("needs.durationMonths");
  });
});

describe("GET /api/catalogue", () => {
  it("answers with an ETag and a short max-age (no year-long shared cache), 304 on If-None-Match", async () => {
    const res = GET(new Request("http://localhost/api/catalogue"));
    expect(res.status).toBe(200);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(new RegExp(`^"${catalogue.version.replace(/\./g, "\\.")}-[0-9a-f]{16}"$`));
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expect(((await res.json()) as { version: string }).version).toBe(catalogue.version);
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = GET(new Request("http://localhost/api/catalogue", { headers: { "if-none-match": inm } }));
      expect(again.status, inm).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe("");
    }
    expect(GET(new Request("http://localhost/api/catalogue", { headers: { "if-none-match": '"stale-version"' } })).status).toBe(200);
  });
});
