import { describe, expect, it } from "vitest";
import { DEMAND_SCENARIO_STATE_VERSION, demandScenarioStateSchema, parseStoredDemandState } from "@/lib/demand/demand-scenario-state";
import { demandScenarioFromRow } from "@/lib/persistence/demand-scenario-records";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";

const row = (state: unknown, stateVersion = DEMAND_SCENARIO_STATE_VERSION) => ({
  id: "AAAAAAAAAAAAAAAAAAAAAA",
  name: "Base",
  stateJson: JSON.stringify(state),
  stateVersion,
  createdAt: "2026-12-03T01:00:00.000Z",
  updatedAt: "2026-12-03T01:00:00.000Z",
});

describe("stored demand scenario state", () => {
  it("reads back what was stored", () => {
    const s = makeDemandState({ source: "consultations", firms: 9, seed: 2, centreConstant: -4 });
    expect(parseStoredDemandState(JSON.parse(JSON.stringify(s)), DEMAND_SCENARIO_STATE_VERSION)).toEqual(s);
    expect(demandScenarioFromRow(row(s)).state).toEqual(s);
  });

  it.each([
    ["a version this release does not know", makeDemandState(), 99],
    ["version 0", makeDemandState(), 0],
    ["a price out of range", makeDemandState({ centre: { priceHkdPerCardHour: 1e9 } }), 1],
    ["an unknown tool", { ...makeDemandState(), centre: { ...makeDemandState().centre, tools: ["teleport"] } }, 1],
    ["a missing centre control", { ...makeDemandState(), centre: { priceHkdPerCardHour: 40 } }, 1],
    ["an imported-file source", { ...makeDemandState(), source: "imported" }, 1],
  ])("refuses %s", (_label, state, version) => {
    expect(parseStoredDemandState(state, version)).toBeNull();
    expect(() => demandScenarioFromRow(row(state, version))).toThrow();
  });

  it("every centre control is required (a saved scenario reopens exactly)", () => {
    const { tools: _tools, ...centre } = makeDemandState().centre;
    expect(demandScenarioStateSchema.safeParse({ ...makeDemandState(), centre }).success).toBe(false);
  });
});
