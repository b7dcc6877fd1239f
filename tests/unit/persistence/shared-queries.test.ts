import { describe, expect, it, vi } from "vitest";
import {
  advisorRow,
  consultationPatchSet,
  consultationRow,
  demandScenarioPatchSet,
  demandScenarioRow,
  intakeLinkRow,
  needsFromInputRows,
  scenarioMethods,
  scenarioRow,
} from "@/lib/persistence/shared-queries";
import { ID_PATTERN } from "@/lib/persistence/new-id";
import { DEMAND_SCENARIO_STATE_VERSION } from "@/lib/demand/demand-scenario-state";
import type { Scenario } from "@/lib/persistence/records";
import { makeNewScenario, makeScenarioInput } from "@/tests/fixtures/scenario-builders";
import { makeDemandState } from "@/tests/fixtures/demand-scenario-builders";

const AT = "2026-11-25T01:00:00.000Z";

describe("shared-queries: the rows both adapters write", () => {
  it("a new consultation: fields trimmed and defaulted, one instant for created and updated", () => {
    const now = vi.fn(() => AT);
    const row = consultationRow({ client: "  Acme AI  " }, now);
    expect(row).toEqual({ id: expect.stringMatching(ID_PATTERN), client: "Acme AI", organisation: null, advisor: null, notes: null, createdAt: AT, updatedAt: AT });
    expect(now).toHaveBeenCalledTimes(1);
  });

  it("a consultation without a client, or with an unknown field, is refused before any row exists", () => {
    const now = vi.fn(() => AT);
    expect(() => consultationRow({ client: "   " }, now)).toThrow();
    expect(() => consultationRow({ client: "A", phone: "1" } as never, now)).toThrow();
    expect(now).not.toHaveBeenCalled();
  });

  it("a consultation patch keeps only the fields given (an explicit null clears one)", () => {
    expect(consultationPatchSet({ notes: "second call", organisation: null })).toEqual({ notes: "second call", organisation: null });
    expect(consultationPatchSet({})).toEqual({});
    expect(() => consultationPatchSet({ client: "" })).toThrow();
  });

  it("a scenario row: the input and snapshot as JSON, at the given position and instant", () => {
    const item = makeNewScenario();
    const row = scenarioRow("c1", item, 3, AT);
    expect(row).toMatchObject({ consultationId: "c1", name: item.name, position: 3, createdAt: AT, updatedAt: AT, computedOn: item.computedOn });
    expect(JSON.parse(row.inputJson)).toEqual(JSON.parse(JSON.stringify(item.input)));
    expect(() => scenarioRow("c1", { ...item, name: "" }, 0, AT)).toThrow();
  });

  it("an intake link row stores the token's hash, never revoked or used yet; an advisor's email is stored lower-case", () => {
    expect(intakeLinkRow("c1", "hash", AT, "2026-12-25T01:00:00.000Z")).toMatchObject({ tokenHash: "hash", revokedAt: null, lastUsedAt: null });
    expect(advisorRow("Wong@Example.HK", "h", AT).email).toBe("wong@example.hk");
  });

  it("a demand scenario row carries the state version; a patch of the state bumps nothing else", () => {
    const state = makeDemandState();
    const row = demandScenarioRow({ name: "Base case", state }, AT);
    expect(row).toMatchObject({ name: "Base case", stateVersion: DEMAND_SCENARIO_STATE_VERSION, createdAt: AT, updatedAt: AT });
    expect(JSON.parse(row.stateJson)).toEqual(JSON.parse(JSON.stringify(state)));
    expect(demandScenarioPatchSet({ name: "Renamed" })).toEqual({ name: "Renamed" });
    expect(Object.keys(demandScenarioPatchSet({ state }))).toEqual(["stateJson", "stateVersion"]);
  });

  it("reads the needs of the current scenarios' stored inputs, and throws on a corrupt row", () => {
    const input = makeScenarioInput({ gpuHoursPerMonth: 1234 });
    expect(needsFromInputRows([{ input_json: JSON.stringify(input) }]).map((n) => n.gpuHoursPerMonth)).toEqual([1234]);
    expect(() => needsFromInputRows([{ input_json: "{}" }])).toThrow();
    expect(() => needsFromInputRows([{ input: "x" }])).toThrow();
  });
});

describe("shared-queries: scenarioMethods", () => {
  const scenario = { id: "s1" } as Scenario;
  const make = () => {
    const read = vi.fn((_c: string, _s: string) => scenario);
    const rewrite = vi.fn((_c: string, _s: string, _set: object) => scenario);
    return { read, rewrite, m: scenarioMethods(read, rewrite) };
  };

  it("a rename or move rewrites only the columns given", async () => {
    const { rewrite, m } = make();
    await m.updateScenario("c1", "s1", { name: "Plan B" });
    await m.updateScenario("c1", "s1", { position: 2 });
    expect(rewrite.mock.calls.map((c) => c[2])).toEqual([{ name: "Plan B" }, { position: 2 }]);
  });

  it("a recompute rewrites the input, result, catalogue version and date", async () => {
    const { rewrite, m } = make();
    const next = makeNewScenario();
    await m.replaceScenarioResult("c1", "s1", next);
    expect(Object.keys(rewrite.mock.calls[0]![2]).sort()).toEqual(["catalogueVersion", "computedOn", "inputJson", "resultJson"]);
  });

  it("invalid input throws before the adapter's transaction is entered", async () => {
    const { rewrite, m } = make();
    await expect(m.updateScenario("c1", "s1", { name: "" })).rejects.toThrow();
    await expect(m.replaceScenarioResult("c1", "s1", { ...makeNewScenario(), computedOn: "not a day" })).rejects.toThrow();
    expect(rewrite).not.toHaveBeenCalled();
  });

  it("get is the adapter's read", async () => {
    const { read, m } = make();
    expect(await m.getScenario("c1", "s1")).toBe(scenario);
    expect(read).toHaveBeenCalledWith("c1", "s1");
  });
});
