import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { checkTableReferences, parseScenarioBody, scenarioInputFrom } from "@/lib/consultations/consultation-requests";
import { localiseRequestIssues } from "@/lib/consultations/http/route-kit";
import { scenarioExportSchema, exportScenario } from "@/lib/consultations/scenario-export";
import { scenarioInputSchema } from "@/lib/consultations/scenario-input";
import { DEFAULT_TABLE_VIEW, type TableView } from "@/lib/url-state/table-view";
import { makeNewScenario } from "@/tests/fixtures/scenario-builders";

const [first, second] = catalogue.offers;
const acc = catalogue.accelerators[0]!.id;
const needs = { workload: "inference", gpuHoursPerMonth: 500, durationMonths: 3 };
const view: TableView = {
  pins: [first!.id, second!.id],
  sort: { column: "cost", desc: true },
  filters: { text: "hk", families: ["cloud"], regions: [], accelerators: [acc] },
  hidden: ["monthly"],
};

describe("a saved scenario keeps the advisor's table view", () => {
  it("stores the view sent with the scenario, as sent", () => {
    const r = parseScenarioBody({ name: "Arranged", needs, table: view }, catalogue);
    expect(r.ok).toBe(true);
    const input = scenarioInputFrom(r.ok ? r.value : (undefined as never));
    expect(input.table).toEqual(view);
    // The stored JSON reads back to the same view.
    expect(scenarioInputSchema.parse(JSON.parse(JSON.stringify(input))).table).toEqual(view);
  });

  it("leaves the view out when none was sent, so older scenarios and intake ones read as before", () => {
    const r = parseScenarioBody({ name: "Plain", needs }, catalogue);
    expect(r.ok && "table" in scenarioInputFrom(r.value)).toBe(false);
    const stored = makeNewScenario({ name: "Old" }).input;
    expect(scenarioInputSchema.parse(JSON.parse(JSON.stringify(stored))).table).toBeUndefined();
  });

  it("refuses a view pinning an option or filtering an accelerator the catalogue lacks, naming each field in the caller's language", () => {
    const r = parseScenarioBody(
      {
        name: "Bad",
        needs: { ...needs, gpuHoursPerMonth: 0 },
        table: { ...view, pins: [first!.id, "retired-offer"], filters: { ...view.filters, accelerators: ["zzz"] } },
      },
      catalogue,
    );
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues;
    expect(issues.map((i) => i.path.join("."))).toEqual(["needs.gpuHoursPerMonth", "table.pins.1", "table.filters.accelerators.0"]);
    const hk = localiseRequestIssues(issues, "zh-HK");
    expect(hk[1]!.message).toMatch(/^表格檢視：已釘選方案：/);
    expect(hk[2]!.message).toMatch(/^表格檢視：加速器篩選：/);
    expect(localiseRequestIssues(issues, "en")[1]!.message).toBe("Table view: pinned option: is not an option in the catalogue");
  });

  it.each([
    ["an unknown sort column", { ...view, sort: { column: "colour", desc: false } }, "table.sort.column"],
    ["more pins than the compare view shows", { ...view, pins: catalogue.offers.slice(0, 5).map((o) => o.id) }, "table.pins"],
    ["a repeated pin", { ...view, pins: [first!.id, first!.id] }, "table.pins.1"],
    ["markup in the search text", { ...view, filters: { ...view.filters, text: "<b>" } }, "table.filters.text"],
    ["an unknown key", { ...view, zoom: 2 }, "table"],
  ])("refuses %s, naming the field", (_label, table, path) => {
    const r = parseScenarioBody({ name: "Bad", needs, table }, catalogue);
    expect(r.ok).toBe(false);
    expect((r.ok ? [] : r.issues).map((i) => i.path.join("."))).toContain(path);
  });

  it("checks references loosely, so a malformed view still gets every id checked", () => {
    expect(checkTableReferences({ pins: ["nope", 3], filters: null }, catalogue, ["t"]).map((i) => i.path.join("."))).toEqual(["t.pins.0"]);
    expect(checkTableReferences(undefined, catalogue, ["t"])).toEqual([]);
    expect(checkTableReferences(DEFAULT_TABLE_VIEW, catalogue, ["t"])).toEqual([]);
  });

  it("travels in the JSON export and back", () => {
    const s = makeNewScenario({ name: "With view" });
    const withView = { ...s, input: { ...s.input, table: view } };
    const back = scenarioExportSchema.parse(JSON.parse(JSON.stringify(exportScenario(withView, new Date("2026-12-03T00:00:00Z")))));
    expect(back.input.table).toEqual(view);
  });
});
