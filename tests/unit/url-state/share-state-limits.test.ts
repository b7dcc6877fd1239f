import fc from "fast-check";
import { compressToEncodedURIComponent } from "lz-string";
import { afterAll, describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import { encodeShareState, SHARE_STATE_VERSION, type ShareState } from "@/lib/url-state/encode-share-state";
import { DEFAULT_SHARE_STATE, decodeShareState, MAX_SHARE_PARAM_CHARS, shareStateSchema } from "@/lib/url-state/share-state";
import { needsSchema } from "@/lib/needs/needs-schema";
import { FAMILIES, REGIONS } from "@/lib/catalogue/catalogue-vocabulary";
import {
  HIDEABLE_COLUMN_IDS,
  MAX_PINNED,
  MAX_SEARCH_TEXT_CHARS,
  RESULT_COLUMN_IDS,
  TABLE_VIEW_FIELDS,
  type TableView,
} from "@/lib/url-state/table-view";

const b64url = (bytes: Uint8Array | string) => Buffer.from(typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes).toString("base64url");
const v1 = (state: unknown) => b64url(JSON.stringify(state));
const v2 = (state: unknown) => compressToEncodedURIComponent(JSON.stringify(state));

/**
 * Node's default limit for a request's headers is 16 KiB (request line included); a link
 * should leave half of it to cookies and other headers.
 */
const URL_BUDGET_BYTES = 8 * 1024;

/**
 * The longest table view: the four longest offer ids pinned, sorted by the longest column id,
 * every family, region and accelerator ticked, every hideable column hidden, and the longest search text
 * in CJK characters that repeat nowhere (the worst case for compression).
 */
function longestTableView(): TableView {
  const longestIds = [...catalogue.offers].map((o) => o.id).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const longestColumn = [...RESULT_COLUMN_IDS].sort((a, b) => b.length - a.length)[0]!;
  return {
    pins: longestIds.slice(0, MAX_PINNED),
    sort: { column: longestColumn, desc: true },
    filters: {
      text: Array.from({ length: MAX_SEARCH_TEXT_CHARS }, (_, i) => String.fromCharCode(0x4e00 + i * 97)).join(""),
      families: [...FAMILIES],
      regions: [...REGIONS],
      accelerators: catalogue.accelerators.map((a) => a.id).sort(),
    },
    hidden: [...HIDEABLE_COLUMN_IDS],
  };
}

/**
 * The longest state the app can write: every offer in the catalogue overridden with a
 * 17-significant-digit quote in a three-letter currency, every subsidy scheme, every tool,
 * the longest accelerator id, extreme figures everywhere, and the longest table view.
 */
function longestValidState(): ShareState {
  const longestAcc = [...catalogue.accelerators].sort((a, b) => b.id.length - a.id.length)[0]!.id;
  const needs = needsSchema.parse({
    workload: "llm-fine-tuning",
    accelerator: { model: longestAcc, minMemoryGb: 1999.9999999999998 },
    gpuHoursPerMonth: 9_999_999.999999998,
    durationMonths: 120,
    hoursMeasuredOn: longestAcc,
    peakGpus: 99_999,
    multiNode: true,
    storageTb: 99_999.99999999999,
    egressTbPerMonth: 99_999.99999999999,
    dataSensitivity: "confidential",
    residency: "hk-or-mainland",
    organisation: { hkRegistered: true, mainlandEntity: true, university: true, hostCountryPartner: true },
    budgetHkd: 999_999_999_999.9999,
    startBy: "2099-12-31",
    tools: [...TOOLS],
    supportLanguage: "zh-HK",
    priceOverrides: catalogue.offers.map((o, i) => ({ offerId: o.id, quotedPricePerAcceleratorHour: 12_345.678901234567 + i / 7, currency: "CNY" })),
    subsidies: catalogue.subsidies.map((s) => s.id),
    allowCommitment: false,
  });
  return { needs, weights: { price: 0.1234567890123456, security: 0.2345678901234567, performance: 0.3456789012345678, approval: 0.1111111111111111, ux: 0.1851851851851852 }, currency: "CNY", method: "topsis", table: longestTableView() };
}

describe("share links stay short enough for the server", () => {
  const state = longestValidState();
  const query = encodeShareState(state);
  const url = `/zh-HK?${query}`;

  it(`the longest valid state's link is under ${URL_BUDGET_BYTES} bytes (it once made 18 KB links answered 431)`, () => {
    console.info(`longest valid share link: ${Buffer.byteLength(url)} bytes (v1 would be ${Buffer.byteLength(`/zh-HK?v=1&s=${v1(state)}`)})`);
    expect(Buffer.byteLength(url)).toBeLessThan(URL_BUDGET_BYTES);
    // v1 (uncompressed) of the same state is much longer: compression is what keeps it short.
    expect(v1(state).length).toBeGreaterThan(new URLSearchParams(query).get("s")!.length * 1.5);
  });

  it("and it decodes back to the same state", () => {
    const q = new URLSearchParams(query);
    const out = decodeShareState({ v: q.get("v"), s: q.get("s") });
    expect(out).toMatchObject({ ok: true, dropped: [] });
    expect(out.state.needs).toEqual(state.needs);
    expect(out.state.table).toEqual(state.table);
    expect(q.get("s")!.length).toBeLessThan(MAX_SHARE_PARAM_CHARS);
  });

  it("v1 and v2 links of the same state (without the table view, which they could not carry) still open (migrated)", () => {
    const { table: _t, ...older } = state;
    expect(decodeShareState({ v: "1", s: v1(older) })).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(decodeShareState({ v: "2", s: v2(older) })).toMatchObject({ ok: true, migratedFrom: 2 });
  });

  it("a short link that decompresses past 64 KiB is refused as malformed (no decompression bomb)", () => {
    const bomb = v2({ ...state, pad: " ".repeat(200_000) });
    expect(bomb.length).toBeLessThan(MAX_SHARE_PARAM_CHARS);
    expect(decodeShareState({ v: String(SHARE_STATE_VERSION), s: bomb })).toEqual({ ok: false, state: DEFAULT_SHARE_STATE, problem: "malformed", issues: [] });
  });

  it("an `s` longer than any valid state is refused unread", () => {
    expect(decodeShareState({ v: "1", s: "A".repeat(MAX_SHARE_PARAM_CHARS + 1) })).toMatchObject({ ok: false, problem: "malformed" });
  });
});

describe("the decoder checks what the API checks", () => {
  const base = () => structuredClone(longestValidState()) as { needs: Record<string, unknown> } & Record<string, unknown>;

  it.each([
    ["an accelerator the catalogue lacks (\"zzz\")", (s: ReturnType<typeof base>) => ((s.needs.accelerator as { model: string }).model = "zzz"), "needs.accelerator.model"],
    ["a subsidy twice", (s: ReturnType<typeof base>) => (s.needs.subsidies = ["hk-aiss", "hk-aiss"]), "needs.subsidies.1"],
    ["an unknown offer override", (s: ReturnType<typeof base>) => (s.needs.priceOverrides = [{ offerId: "nope", discountPct: 5, currency: "HKD" }]), "needs.priceOverrides.0.offerId"],
    ["a quoted price of 1e308", (s: ReturnType<typeof base>) => (s.needs.priceOverrides = [{ offerId: catalogue.offers[0]!.id, quotedPricePerAcceleratorHour: 1e308, currency: "HKD" }]), "needs.priceOverrides.0.quotedPricePerAcceleratorHour"],
    ["1e-320 GPU-hours", (s: ReturnType<typeof base>) => (s.needs.gpuHoursPerMonth = 1e-320), "needs.gpuHoursPerMonth"],
  ])("%s → the defaults with a notice, naming the field", (_, edit, path) => {
    const s = base();
    edit(s);
    for (const [v, payload] of [["1", v1(s)], ["2", v2(s)], ["3", v2(s)]] as const) {
      const out = decodeShareState({ v, s: payload });
      expect(out.ok).toBe(false);
      expect(out.state).toBe(DEFAULT_SHARE_STATE);
      expect(out.ok ? "" : out.problem).toBe("invalid");
      expect(out.ok ? [] : out.issues.map((i) => i.path.join("."))).toContain(path);
    }
  });
});

const decoded = { cases: 0, ok: 0, dropped: 0 };
afterAll(() =>
  console.info(`share-state decoder fuzz cases: ${decoded.cases} (${decoded.ok} decoded as valid, ${decoded.dropped} of them with table-view entries dropped)`),
);
const offerIds = new Set(catalogue.offers.map((o) => o.id));

describe("decodeShareState under fuzzing", () => {
  const valid = new URLSearchParams(encodeShareState(longestValidState())).get("s")!;
  const b64Alphabet = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+$".split(""));
  const markup = fc.constantFrom("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)");
  const longest = longestValidState();
  // A valid state whose table view holds anything: markup, unknown ids, repeats, wrong types.
  const tableValue = fc.oneof(
    markup,
    fc.string({ maxLength: 20 }),
    fc.constantFrom(...RESULT_COLUMN_IDS, ...FAMILIES, ...REGIONS, ...catalogue.offers.map((o) => o.id), ...catalogue.accelerators.map((a) => a.id)),
  );
  const tableList = fc.oneof(fc.array(tableValue, { maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }));
  const looseTable = fc.record(
    {
      pins: tableList,
      sort: fc.oneof(fc.record({ column: tableValue, desc: fc.boolean() }), fc.jsonValue({ maxDepth: 2 })),
      filters: fc.record(
        { text: fc.oneof(markup, fc.string({ maxLength: 100 })), families: tableList, regions: tableList, accelerators: tableList },
        { requiredKeys: [] },
      ),
      hidden: tableList,
    },
    { requiredKeys: [] },
  );
  const json = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    markup.map((m) => ({ needs: { workload: m, accelerator: { model: m } }, weights: { price: 1 }, [m]: m })),
    looseTable.map((table) => ({ ...longest, table })),
  );
  const s = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: b64Alphabet, maxLength: 600 }),
    json.map(v1),
    json.map(v2),
    markup.map((m) => m),
    // A valid v2 link with a few characters changed.
    fc.array(fc.tuple(fc.nat(valid.length - 1), b64Alphabet), { minLength: 1, maxLength: 4 }).map((edits) => {
      const chars = valid.split("");
      for (const [i, c] of edits) chars[i] = c;
      return chars.join("");
    }),
  );
  const v = fc.oneof(fc.constantFrom(null, undefined, "1", "2", "3", "0", "-1", "1.0", " 2", "<b>"), fc.string({ maxLength: 5 }));

  it("any ?v=&s= gives a valid state or the defaults with a notice; never throws, never carries markup", () => {
    fc.assert(
      fc.property(v, s, (version, payload) => {
        decoded.cases++;
        const out = decodeShareState({ v: version, s: payload });
        if (out.ok) {
          decoded.ok++;
          if (out.dropped.length > 0) decoded.dropped++;
          expect(shareStateSchema.safeParse(out.state).success).toBe(true);
          expect(out.state.table.pins.every((id) => offerIds.has(id))).toBe(true);
          expect(out.dropped.every((f) => (TABLE_VIEW_FIELDS as readonly string[]).includes(f))).toBe(true);
        } else {
          expect(out.state).toBe(DEFAULT_SHARE_STATE);
          expect(["malformed", "unknown-version", "invalid"]).toContain(out.problem);
        }
        // No markup can survive without angle brackets. The search text is the one free text a
        // link carries; it is only ever an input's value (React escapes it), so a "javascript:"
        // typed there is harmless text — but it must not reach any other field.
        expect(JSON.stringify(out.state)).not.toMatch(/[<>]/);
        expect(JSON.stringify({ ...out.state, table: { ...out.state.table, filters: { ...out.state.table.filters, text: "" } } })).not.toMatch(/javascript:/);
      }),
      { numRuns: 2000, seed: 20261203 },
    );
    expect(decoded.cases).toBeGreaterThanOrEqual(2000);
    // 2,000 decodes take about a second alone; the limit only guards a hang on a loaded CI machine.
  }, 60_000);
});
