import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { MAX_API_ROWS } from "@/lib/demand/demand-limits";
import type { PopulationRow } from "@/lib/demand/population-row-schema";
import { firmsFromRows } from "@/lib/demand/population-rows";
import { LOCALES } from "@/lib/i18n/locales";
import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import { WORKLOADS } from "@/lib/needs/needs-vocabulary";

/*
 * `population.rows` of POST /api/demand → firms, through the CSV import's own row checks. A
 * row's cells may be JSON values or the CSV cell's text; any bad row refuses them all, each
 * problem at `population.rows.<index from 0>.<column>` in the caller's language.
 */
const row = (over: PopulationRow = {}): PopulationRow => ({ workload: "inference", gpuHoursPerMonth: 300, durationMonths: 12, ...over });

function firms(rows: PopulationRow[]) {
  const r = firmsFromRows(rows, catalogue, "en");
  if (!r.ok) throw new Error(`expected firms, got ${JSON.stringify(r.issues)}`);
  return r.firms;
}

function issues(rows: PopulationRow[], locale: (typeof LOCALES)[number] = "en") {
  const r = firmsFromRows(rows, catalogue, locale);
  if (r.ok) throw new Error("expected the rows to be refused");
  return r.issues;
}

describe("firmsFromRows: firms", () => {
  it("rows sharing `firm` are one firm's workloads, in order; a row without `firm` is a firm of its own", () => {
    const out = firms([
      row({ firm: "a", gpuHoursPerMonth: 1 }),
      row({ firm: "b", gpuHoursPerMonth: 2 }),
      row({ firm: "a", gpuHoursPerMonth: 3 }),
      row({ gpuHoursPerMonth: 4 }),
      row({ firm: null, gpuHoursPerMonth: 5 }),
      row({ firm: "", gpuHoursPerMonth: 6 }),
    ]);
    expect(out.map((f) => f.workloads.map((w) => w.gpuHoursPerMonth))).toEqual([[1, 3], [2], [4], [5], [6]]);
  });

  it("a firm is government funded when any of its rows says so; profitable is its first row's allowCommitment", () => {
    const [a, b] = firms([
      row({ firm: "a", governmentFunded: false, allowCommitment: false }),
      row({ firm: "a", governmentFunded: true }),
      row({ firm: "b", governmentFunded: null }),
    ]);
    expect(a).toMatchObject({ governmentFunded: true, profitable: false, allLayers: false, budgetHkd: null });
    expect(b).toMatchObject({ governmentFunded: false, profitable: true });
  });

  it("an empty cell (null) takes the needs default, as an empty CSV cell does", () => {
    const [f] = firms([row({ peakGpus: null, residency: null, tools: null })]);
    expect(f!.workloads[0]).toMatchObject({ peakGpus: 8, residency: "anywhere", tools: [] });
  });

  it("nested columns fill the nested needs fields", () => {
    const [f] = firms([
      row({ "organisation.university": true, "organisation.overseasEntities": ["SG", "JP"], "accelerator.minMemoryGb": 80 }),
    ]);
    expect(f!.workloads[0]!.organisation).toMatchObject({ university: true, overseasEntities: ["SG", "JP"] });
    expect(f!.workloads[0]!.accelerator.minMemoryGb).toBe(80);
  });

  it("any valid row gives the same firm whether its cells are JSON values or the CSV cells' text", () => {
    const valid = fc.record({
      workload: fc.constantFrom(...WORKLOADS),
      gpuHoursPerMonth: fc.integer({ min: 1, max: 10_000_000 }),
      durationMonths: fc.integer({ min: 1, max: 120 }),
      peakGpus: fc.integer({ min: 1, max: 100_000 }),
      multiNode: fc.boolean(),
      storageTb: fc.double({ min: 0, max: 100_000, noNaN: true }),
      tools: fc.uniqueArray(fc.constantFrom(...TOOLS), { maxLength: 6 }),
      allowCommitment: fc.boolean(),
      governmentFunded: fc.boolean(),
    });
    fc.assert(
      fc.property(valid, (json) => {
        const text: PopulationRow = {
          ...json,
          gpuHoursPerMonth: String(json.gpuHoursPerMonth),
          durationMonths: String(json.durationMonths),
          peakGpus: String(json.peakGpus),
          multiNode: json.multiNode ? "yes" : "no",
          storageTb: String(json.storageTb),
          tools: json.tools.join(";"),
          allowCommitment: String(json.allowCommitment),
          governmentFunded: json.governmentFunded ? "1" : "0",
        };
        expect(firms([text])).toEqual(firms([json]));
        expect(firms([json])[0]!.governmentFunded).toBe(json.governmentFunded);
      }),
      { numRuns: 200 },
    );
  });
});

describe("firmsFromRows: refusals", () => {
  it("refuses all the rows when one is bad, each problem at population.rows.<index>.<column>", () => {
    const out = issues([row(), row({ gpuHoursPerMonth: 0 }), row(), row({ workload: "mining", "organisation.university": "maybe" })]);
    expect(out.map((i) => i.path).sort()).toEqual([
      "population.rows.1.gpuHoursPerMonth",
      "population.rows.3.organisation.university",
      "population.rows.3.workload",
    ]);
    const gpu = out.find((i) => i.path === "population.rows.1.gpuHoursPerMonth")!;
    expect(gpu.field).toBe("gpuHoursPerMonth");
    expect(gpu.message).toMatch(/^GPU-hours per month: .*1/);
  });

  it("checks the catalogue's ids too (an unknown subsidy scheme or accelerator)", () => {
    const out = issues([row({ subsidies: ["no-such-scheme"] }), row({ hoursMeasuredOn: "no-such-gpu" })]);
    expect(out.map((i) => i.path)).toEqual(["population.rows.0.subsidies", "population.rows.1.hoursMeasuredOn"]);
    expect(out[0]!.message).toMatch(/not a subsidy scheme/);
  });

  it("a JSON value of the wrong kind is refused like the same text in a CSV cell", () => {
    expect(issues([row({ durationMonths: true })]).map((i) => i.path)).toEqual(["population.rows.0.durationMonths"]);
    expect(issues([row({ workload: ["inference", "dl-training"] })]).map((i) => i.path)).toEqual(["population.rows.0.workload"]);
  });

  it.each(LOCALES)("%s: governmentFunded that is not yes/no is worded in the caller's language, never a message key", (locale) => {
    const [issue] = issues([row({ governmentFunded: "maybe" })], locale);
    expect(issue).toMatchObject({ path: "population.rows.0.governmentFunded", field: "governmentFunded", code: "boolean" });
    expect(issue!.message).not.toMatch(/population\.problem|boolean/);
    expect(issue!.message).toMatch(locale === "en" ? /Government funded/ : /政府資助|政府资助/);
  });

  it("no rows at all is one problem of population.rows as a whole", () => {
    const [issue, ...rest] = issues([]);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ path: "population.rows", code: "empty" });
    expect(issue!.message).toMatch(/no data rows/);
  });

  it("past MAX_API_ROWS, the first row too many is named and the maximum said", () => {
    const out = issues(Array.from({ length: MAX_API_ROWS + 2 }, () => row()));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ path: `population.rows.${MAX_API_ROWS}`, code: "too-many-rows" });
    expect(out[0]!.message).toContain("5,000");
  });

  it("the same rows give the same paths in every language, with different wording", () => {
    const rows = [row({ gpuHoursPerMonth: -5 }), row({ residency: "mars" })];
    const [en, hk, cn] = LOCALES.map((l) => issues(rows, l));
    expect(hk!.map((i) => i.path)).toEqual(en!.map((i) => i.path));
    expect(cn!.map((i) => i.path)).toEqual(en!.map((i) => i.path));
    expect(hk!.map((i) => i.message)).not.toEqual(en!.map((i) => i.message));
    expect(cn!.map((i) => i.message)).not.toEqual(hk!.map((i) => i.message));
  });
});
