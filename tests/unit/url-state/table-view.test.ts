import fc from "fast-check";
import { compressToEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { FAMILIES, REGIONS } from "@/lib/catalogue/catalogue-vocabulary";
import { normaliseWeights } from "@/lib/domain/factors";
import { needsSchema } from "@/lib/needs/needs-schema";
import { encodeShareState, SHARE_STATE_VERSION } from "@/lib/url-state/encode-share-state";
import { DEFAULT_SHARE_STATE, decodeShareState, shareStateSchema } from "@/lib/url-state/share-state";
import {
  DEFAULT_TABLE_VIEW,
  HIDEABLE_COLUMN_IDS,
  MAX_PINNED,
  MAX_SEARCH_TEXT_CHARS,
  RESULT_COLUMN_IDS,
  type TableView,
} from "@/lib/url-state/table-view";
import { readTableView, tableViewInputSchema } from "@/lib/url-state/table-view-schema";
import v1Fixture from "@/tests/fixtures/share-links/v1.json";
import v2Fixture from "@/tests/fixtures/share-links/v2.json";

const offerIds = catalogue.offers.map((o) => o.id);
const acceleratorIds = catalogue.accelerators.map((a) => a.id);
const ids = { offerIds: new Set(offerIds), acceleratorIds: new Set(acceleratorIds) };
const query = (q: string) => {
  const p = new URLSearchParams(q);
  return { v: p.get("v"), s: p.get("s") };
};
/** A v3 link built by hand (lz-string of the JSON), so a payload the encoder would never write can be tested. */
const v3 = (payload: unknown) => ({ v: "3", s: compressToEncodedURIComponent(JSON.stringify(payload)) });
const withTable = (table: unknown) => v3({ ...DEFAULT_SHARE_STATE, table });

describe("links written by earlier versions (checked-in fixtures, made by the old encoders)", () => {
  it.each([
    ["v1 (base64url JSON)", v1Fixture, 1],
    ["v2 (lz-string)", v2Fixture, 2],
  ] as const)("a real %s link opens its needs, weights, currency and method, with the table as it first appeared", (_, fixture, version) => {
    expect(query(fixture.query).v).toBe(String(version));
    const out = decodeShareState(query(fixture.query), catalogue);
    expect(out).toMatchObject({ ok: true, migratedFrom: version, dropped: [] });
    expect(out.state).toEqual({
      // Fields added to the needs since the link was made take their defaults.
      needs: needsSchema.parse(fixture.state.needs),
      weights: normaliseWeights(fixture.state.weights),
      currency: fixture.state.currency,
      method: fixture.state.method,
      table: DEFAULT_TABLE_VIEW,
    });
  });

  it("the fixtures are not the current encoder's output (they test the migration, not a round trip)", () => {
    for (const fixture of [v1Fixture, v2Fixture]) expect(query(fixture.query).v).not.toBe(String(SHARE_STATE_VERSION));
  });

  it("a migrated link is written back as the current version, and reopens to the same state", () => {
    const first = decodeShareState(query(v2Fixture.query), catalogue);
    const again = decodeShareState(query(encodeShareState(first.state)), catalogue);
    expect(again).toEqual({ ok: true, state: first.state, migratedFrom: null, dropped: [] });
  });

  it("a v2 payload that carries a `table` key (never written by v2) is judged by the v3 schema", () => {
    const out = decodeShareState({ v: "2", s: compressToEncodedURIComponent(JSON.stringify({ ...DEFAULT_SHARE_STATE, table: 5 })) }, catalogue);
    expect(out).toMatchObject({ ok: false, problem: "invalid" });
  });
});

describe("the table view in a v3 link", () => {
  const view: TableView = {
    pins: [offerIds[3]!, offerIds[0]!, offerIds[7]!],
    sort: { column: "monthly", desc: true },
    filters: { text: "H100 東京", families: ["cloud", "overseas-sc"], regions: ["hk", "overseas"], accelerators: ["h100-sxm"] },
    hidden: ["family", "time", "ux"],
  };

  it("round-trips pins (in pinning order), sort, filters and hidden columns", () => {
    const out = decodeShareState(query(encodeShareState({ ...DEFAULT_SHARE_STATE, table: view })), catalogue);
    expect(out).toEqual({ ok: true, state: { ...DEFAULT_SHARE_STATE, table: view }, migratedFrom: null, dropped: [] });
  });

  it("a link without a table view (hand-written) opens the default table", () => {
    const { table: _t, ...rest } = DEFAULT_SHARE_STATE;
    expect(decodeShareState(v3(rest), catalogue)).toMatchObject({ ok: true, state: { table: DEFAULT_TABLE_VIEW }, dropped: [] });
  });

  it.each([
    ["an unknown pinned offer", { pins: ["nope", offerIds[0]] }, { pins: [offerIds[0]] }, ["pins"]],
    ["a pinned offer twice", { pins: [offerIds[1], offerIds[1]] }, { pins: [offerIds[1]] }, ["pins"]],
    ["more pins than the compare view shows", { pins: offerIds.slice(0, MAX_PINNED + 2) }, { pins: offerIds.slice(0, MAX_PINNED) }, ["pins"]],
    ["an unknown sort column", { sort: { column: "price-per-token", desc: true } }, { sort: DEFAULT_TABLE_VIEW.sort }, ["sort"]],
    ["the filter-only region column as the sort", { sort: { column: "region", desc: false } }, { sort: DEFAULT_TABLE_VIEW.sort }, ["sort"]],
    ["an unknown family", { filters: { families: ["quantum", "cloud"] } }, { filters: { families: ["cloud"] } }, ["families"]],
    ["an unknown region and a repeat", { filters: { regions: ["mars", "hk", "hk"] } }, { filters: { regions: ["hk"] } }, ["regions"]],
    ["an accelerator the catalogue lacks", { filters: { accelerators: ["zzz", "h100-sxm"] } }, { filters: { accelerators: ["h100-sxm"] } }, ["accelerators"]],
    ["markup in the search text", { filters: { text: "<img src=x onerror=alert(1)>" } }, { filters: { text: "" } }, ["text"]],
    ["a control character in the search text", { filters: { text: "h100\u0000" } }, { filters: { text: "" } }, ["text"]],
    ["a search text past the limit", { filters: { text: "a".repeat(MAX_SEARCH_TEXT_CHARS + 1) } }, { filters: { text: "" } }, ["text"]],
    ["an unknown column and a fixed one", { hidden: ["cost", "gpu-count", "option"] }, { hidden: ["cost"] }, ["hidden"]],
    [
      "several at once",
      { pins: ["gone"], hidden: ["x"], filters: { families: ["y"] } },
      { pins: [], hidden: [], filters: { families: [] } },
      ["pins", "families", "hidden"],
    ],
  ])("%s is dropped with a notice; the rest of the link opens", (_, table, expected, dropped) => {
    const needs = needsSchema.parse({ workload: "inference", gpuHoursPerMonth: 730, durationMonths: 3 });
    const out = decodeShareState(v3({ ...DEFAULT_SHARE_STATE, needs, currency: "USD", table }), catalogue);
    expect(out.ok).toBe(true);
    expect(out.ok ? out.dropped : null).toEqual(dropped);
    expect(out.state.needs).toEqual(needs);
    expect(out.state.currency).toBe("USD");
    expect(out.state.table).toMatchObject(expected);
    expect(shareStateSchema.safeParse(out.state).success).toBe(true);
  });

  it("lists come back in their vocabulary's order, without a notice (order carries no meaning)", () => {
    const out = decodeShareState(
      withTable({ filters: { families: ["hk-sc", "cloud"], regions: ["overseas", "hk"], accelerators: ["t4", "a100-80gb-sxm"] }, hidden: ["ux", "rank"] }),
      catalogue,
    );
    expect(out).toMatchObject({ ok: true, dropped: [] });
    expect(out.state.table.filters).toEqual({ text: "", families: ["cloud", "hk-sc"], regions: ["hk", "overseas"], accelerators: ["a100-80gb-sxm", "t4"] });
    expect(out.state.table.hidden).toEqual(["rank", "ux"]);
  });

  it.each([
    ["a list that is not a list", { pins: "a,b" }, "table.pins"],
    ["a sort without a direction", { sort: { column: "cost" } }, "table.sort.desc"],
    ["an unknown key", { zoom: 2 }, "table"],
    ["a list of 65 entries", { hidden: Array.from({ length: 65 }, () => "cost") }, "table.hidden"],
  ])("a malformed table view (%s) makes the link invalid: the defaults with a notice", (_, table, path) => {
    const out = decodeShareState(withTable(table), catalogue);
    expect(out).toMatchObject({ ok: false, problem: "invalid", state: DEFAULT_SHARE_STATE });
    expect(out.ok ? [] : out.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("readTableView (properties)", () => {
  const known = fc.record({
    pins: fc.uniqueArray(fc.constantFrom(...offerIds), { maxLength: MAX_PINNED }),
    sort: fc.record({ column: fc.constantFrom(...RESULT_COLUMN_IDS), desc: fc.boolean() }),
    filters: fc.record({
      text: fc.string({ maxLength: MAX_SEARCH_TEXT_CHARS }).filter((s) => !/[<>\p{Cc}]/u.test(s)),
      families: fc.subarray([...FAMILIES]),
      regions: fc.subarray([...REGIONS]),
      accelerators: fc.subarray([...acceleratorIds].sort()),
    }),
    hidden: fc.subarray([...HIDEABLE_COLUMN_IDS]),
  });

  it("a view of known values comes back unchanged, with nothing dropped", () => {
    fc.assert(
      fc.property(known, (view) => {
        expect(readTableView(tableViewInputSchema.parse(view), ids)).toEqual({ view, dropped: [] });
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("any lists of strings give a valid view of known, unique values, and a notice exactly when something was left out", () => {
    const anyId = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...offerIds, ...acceleratorIds, ...RESULT_COLUMN_IDS, ...FAMILIES, ...REGIONS));
    const list = fc.array(anyId, { maxLength: 10 });
    fc.assert(
      fc.property(list, list, list, list, list, anyId, (pins, families, regions, accelerators, hidden, column) => {
        const input = tableViewInputSchema.parse({ pins, sort: { column, desc: true }, filters: { text: "", families, regions, accelerators }, hidden });
        const { view, dropped } = readTableView(input, ids);
        expect(view.pins.every((id) => ids.offerIds.has(id))).toBe(true);
        expect(view.filters.accelerators.every((id) => ids.acceleratorIds.has(id))).toBe(true);
        expect(dropped.includes("accelerators")).toBe(view.filters.accelerators.length !== accelerators.length);
        expect(new Set(view.pins).size).toBe(view.pins.length);
        expect(view.pins.length).toBeLessThanOrEqual(MAX_PINNED);
        expect(dropped.includes("pins")).toBe(view.pins.length !== pins.length);
        expect(dropped.includes("families")).toBe(view.filters.families.length !== families.length);
        expect(dropped.includes("regions")).toBe(view.filters.regions.length !== regions.length);
        expect(dropped.includes("hidden")).toBe(view.hidden.length !== hidden.length);
        expect(dropped.includes("sort")).toBe(!(RESULT_COLUMN_IDS as readonly string[]).includes(column));
        expect(shareStateSchema.shape.table.safeParse(view).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
