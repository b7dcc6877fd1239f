import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHARE_STATE_VERSION, encodeShareState, type ShareState } from "@/lib/url-state/encode-share-state";
import { DEFAULT_SHARE_STATE, decodeShareState } from "@/lib/url-state/share-state";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { needsSchema } from "@/lib/needs/needs-schema";
import { decompressFromEncodedURIComponent } from "lz-string";
import { catalogue } from "@/lib/catalogue/catalogue";
import { DEFAULT_TABLE_VIEW } from "@/lib/url-state/table-view";

/** Weights whose sum is exactly 1 in binary, so normalising them on decode is the identity. */
const EXACT_WEIGHTS = { price: 0.5, security: 0.25, performance: 0.125, approval: 0.0625, ux: 0.0625 };

function state(overrides: Partial<ShareState> = {}): ShareState {
  return {
    needs: needsSchema.parse({
      workload: "inference",
      gpuHoursPerMonth: 5840,
      durationMonths: 12,
      // Ids from the real catalogue: the decoder checks them as the API does.
      accelerator: { model: "ascend-910b", minMemoryGb: 64 },
      hoursMeasuredOn: "h100-sxm",
      subsidies: ["hk-aiss"],
      priceOverrides: [{ offerId: "huawei-modelarts-ascend-910b", discountPct: 12.5 }],
      tools: ["slurm"],
      budgetHkd: 1_500_000,
      startBy: "2027-01-31",
    }),
    weights: EXACT_WEIGHTS,
    currency: "CNY",
    method: "topsis",
    table: {
      pins: ["huawei-modelarts-ascend-910b", "cyberport-aisc-commercial"],
      sort: { column: "cost", desc: true },
      filters: { text: "東京 a100", families: ["cloud", "hk-sc"], regions: ["hk"], accelerators: ["a100-80gb-sxm", "ascend-910b"] },
      hidden: ["monthly", "ux"],
    },
    ...overrides,
  };
}

/** What a browser does: the query string back through URLSearchParams. */
function roundTrip(s: ShareState) {
  const q = new URLSearchParams(encodeShareState(s));
  return decodeShareState({ v: q.get("v"), s: q.get("s") });
}

/** base64url of arbitrary text, built independently of the codec. */
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

describe("encodeShareState", () => {
  it("writes v=<current version> and a URL-safe s", () => {
    const q = new URLSearchParams(encodeShareState(state()));
    expect(q.get("v")).toBe(String(SHARE_STATE_VERSION));
    expect(q.get("s")).toMatch(/^[A-Za-z0-9+$-]+$/);
    expect([...q.keys()]).toEqual(["v", "s"]);
  });

  it("s is lz-string's URI-safe compression of the state's JSON", () => {
    const s = state();
    const q = new URLSearchParams(encodeShareState(s));
    expect(JSON.parse(decompressFromEncodedURIComponent(q.get("s")!))).toEqual(s);
  });
});

describe("decodeShareState", () => {
  it("round-trips a state, including non-ASCII text", () => {
    const s = state();
    expect(roundTrip(s)).toEqual({ ok: true, state: s, migratedFrom: null, dropped: [] });
  });

  it("round-trips the defaults", () => {
    const out = roundTrip({ ...DEFAULT_SHARE_STATE, weights: EXACT_WEIGHTS });
    expect(out.ok).toBe(true);
    expect(out.state.needs).toEqual(DEFAULT_NEEDS);
  });

  it("round-trips every accelerator id the catalogue holds, in each currency", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalogue.accelerators.map((a) => a.id)),
        fc.constantFrom("HKD", "USD", "CNY" as const),
        (model, currency) => {
          const s = state({ currency, needs: { ...state().needs, accelerator: { model, minMemoryGb: 0 } } });
          expect(roundTrip(s)).toEqual({ ok: true, state: s, migratedFrom: null, dropped: [] });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("an id the catalogue lacks (any UTF-16, lone surrogates too) → invalid, with the defaults, as the API would answer", () => {
    const ids = new Set(catalogue.accelerators.map((a) => a.id));
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 64 }), (model) => {
        fc.pre(model !== "any" && !ids.has(model));
        const out = roundTrip(state({ needs: { ...state().needs, accelerator: { model, minMemoryGb: 0 } } }));
        expect(out).toMatchObject({ ok: false, problem: "invalid", state: DEFAULT_SHARE_STATE });
        expect(out.ok ? [] : out.issues.map((i) => [i.path.join("."), (i as { params?: { key?: string } }).params?.key])).toEqual([
          ["needs.accelerator.model", "unknown-accelerator"],
        ]);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it.each([
    ["no query", {}],
    ["s null", { v: "1", s: null }],
    ["s empty", { v: "1", s: "" }],
  ])("absent state (%s) → defaults, ok", (_, query) => {
    expect(decodeShareState(query)).toEqual({ ok: true, state: DEFAULT_SHARE_STATE, migratedFrom: null, dropped: [] });
  });

  it("DEFAULT_SHARE_STATE is the default needs and weights, HKD, weighted sum, the table as it first appears", () => {
    expect(DEFAULT_SHARE_STATE).toEqual({ needs: DEFAULT_NEEDS, weights: DEFAULT_WEIGHTS, currency: "HKD", method: "weighted-sum", table: DEFAULT_TABLE_VIEW });
  });

  it.each([
    ["not base64", "%%%not*base64%%%"],
    ["base64 of non-JSON", b64url("hello, world")],
    ["base64 of truncated JSON", b64url('{"needs":')],
    ["invalid UTF-8", Buffer.from([0xff, 0xfe, 0xfd]).toString("base64url")],
  ])("garbage (%s) → malformed, with the defaults", (_, s) => {
    expect(decodeShareState({ v: "1", s })).toEqual({ ok: false, state: DEFAULT_SHARE_STATE, problem: "malformed", issues: [] });
  });

  it.each(["99", "0", "-1", "1.5", "abc", String(SHARE_STATE_VERSION + 1)])("v=%s → unknown-version, with the defaults", (v) => {
    const s = new URLSearchParams(encodeShareState(state())).get("s");
    expect(decodeShareState({ v, s })).toEqual({ ok: false, state: DEFAULT_SHARE_STATE, problem: "unknown-version", issues: [] });
  });

  it("a missing v reads as version 1 (base64url JSON) and is migrated, with the table as it first appears", () => {
    const { table: _t, ...v1State } = state();
    expect(decodeShareState({ s: b64url(JSON.stringify(v1State)) })).toEqual({
      ok: true,
      state: state({ table: DEFAULT_TABLE_VIEW }),
      migratedFrom: 1,
      dropped: [],
    });
  });

  it("valid base64 JSON of an invalid state → invalid, with zod issues naming the fields", () => {
    const bad = { ...state(), needs: { ...state().needs, durationMonths: 0 }, currency: "EUR", extra: 1 };
    const out = decodeShareState({ v: "1", s: b64url(JSON.stringify(bad)) });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problem).toBe("invalid");
    expect(out.state).toEqual(DEFAULT_SHARE_STATE);
    const paths = out.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["needs.durationMonths", "currency"]));
    expect(out.issues.some((i) => i.code === "unrecognized_keys")).toBe(true);
  });

  it.each([
    ["all-zero weights", { price: 0, security: 0, performance: 0, approval: 0, ux: 0 }],
    ["negative weight", { price: -1, security: 1, performance: 1, approval: 1, ux: 1 }],
    ["missing factor", { price: 1, security: 1, performance: 1, approval: 1 }],
  ])("%s → invalid", (_, weights) => {
    const out = decodeShareState({ s: b64url(JSON.stringify({ needs: state().needs, weights })) });
    expect(out.ok).toBe(false);
    expect(out.ok ? null : out.problem).toBe("invalid");
    expect(out.ok ? [] : out.issues.length).not.toBe(0);
  });

  it("normalises weights on decode and fills currency/method defaults", () => {
    const raw = { needs: state().needs, weights: { price: 40, security: 20, performance: 20, approval: 10, ux: 10 } };
    const out = decodeShareState({ v: "1", s: b64url(JSON.stringify(raw)) });
    expect(out).toEqual({
      ok: true,
      state: {
        needs: state().needs,
        weights: { price: 0.4, security: 0.2, performance: 0.2, approval: 0.1, ux: 0.1 },
        currency: "HKD",
        method: "weighted-sum",
        table: DEFAULT_TABLE_VIEW,
      },
      migratedFrom: 1,
      dropped: [],
    });
  });

  it("fills needs defaults for a minimal hand-written link", () => {
    const raw = { needs: { workload: "cpu-hpc", gpuHoursPerMonth: 100, durationMonths: 2 }, weights: EXACT_WEIGHTS };
    const out = decodeShareState({ s: b64url(JSON.stringify(raw)) });
    expect(out.ok).toBe(true);
    expect(out.state.needs).toEqual(needsSchema.parse(raw.needs));
    expect(out.state.needs.peakGpus).toBe(8);
  });
});

describe("links made before per-country eligibility, PIPL routes and subsidy shares", () => {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o), "utf8").toString("base64url");

  it("an old link without the new fields still opens, with their defaults", () => {
    const { mainlandDataOrigin: _m, subsidyShares: _s, organisation, ...oldNeeds } = DEFAULT_NEEDS;
    const { overseasEntities: _o, memberOf: _i, ...oldOrg } = organisation;
    const r = decodeShareState({
      v: "1",
      s: b64({ ...DEFAULT_SHARE_STATE, needs: { ...oldNeeds, organisation: { ...oldOrg, hostCountryPartner: true } } }),
    });
    expect(r.ok).toBe(true);
    expect(r.state.needs.organisation).toMatchObject({ hostCountryPartner: true, overseasEntities: [], memberOf: [] });
    expect(r.state.needs.mainlandDataOrigin).toBeNull();
    expect(r.state.needs.subsidyShares).toEqual({});
  });

  it("round-trips the new fields", () => {
    const needs = needsSchema.parse({
      ...DEFAULT_NEEDS,
      dataSensitivity: "mainland-origin",
      mainlandDataOrigin: "gba",
      organisation: { ...DEFAULT_NEEDS.organisation, overseasEntities: ["SG", "JP"], memberOf: ["hkust"] },
      subsidies: ["hk-aiss"],
      subsidyShares: { "hk-aiss": 0.9 },
    });
    const q = new URLSearchParams(encodeShareState({ ...DEFAULT_SHARE_STATE, needs }));
    const r = decodeShareState({ v: q.get("v"), s: q.get("s") });
    expect(r.ok).toBe(true);
    expect(r.state.needs).toEqual(needs);
  });
});
