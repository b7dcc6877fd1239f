import { describe, expect, it } from "vitest";
import { exportScenario, scenarioExportSchema } from "@/lib/consultations/scenario-export";
import { makeNewScenario } from "@/tests/fixtures/scenario-builders";

const scenario = makeNewScenario({ name: "HK only", needs: { residency: "hk-only" } });
const file = () => JSON.parse(JSON.stringify(exportScenario(scenario, new Date("2026-11-25T02:00:00Z")))) as Record<string, unknown>;

describe("scenario JSON export", () => {
  it("is versioned and re-imports to the same input and result", () => {
    const f = file();
    expect(f).toMatchObject({ format: "compute-advisor-scenario", version: 1, name: "HK only", exportedAt: "2026-11-25T02:00:00.000Z" });
    const back = scenarioExportSchema.parse(f);
    expect(back.input).toEqual(scenario.input);
    expect(back.snapshot).toEqual(JSON.parse(JSON.stringify(scenario.snapshot)));
    expect(back.catalogueVersion).toBe(scenario.catalogueVersion);
  });

  it.each([
    ["another format", (f: Record<string, unknown>) => ({ ...f, format: "other" }), "format"],
    ["a future version", (f: Record<string, unknown>) => ({ ...f, version: 2 }), "version"],
    [
      "invalid needs",
      (f: Record<string, unknown>) => ({ ...f, input: { ...(f.input as object), needs: { workload: "x" } } }),
      "input.needs",
    ],
    ["a snapshot without ranking", (f: Record<string, unknown>) => ({ ...f, snapshot: { sources: {} } }), "snapshot.result"],
    ["an empty name", (f: Record<string, unknown>) => ({ ...f, name: " " }), "name"],
    ["an unknown field", (f: Record<string, unknown>) => ({ ...f, extra: 1 }), ""],
  ])("rejects %s, naming the field", (_label, mutate, path) => {
    const r = scenarioExportSchema.safeParse(mutate(file()));
    expect(r.success).toBe(false);
    expect(r.error!.issues.some((i) => i.path.join(".").startsWith(path))).toBe(true);
  });
});
