import { describe, expect, it } from "vitest";
import { scenarioProvenance } from "@/app/[locale]/consultations/_report/scenario-provenance";

const s = (computedOn: string, catalogueVersion: string) => ({ computedOn, catalogueVersion });

describe("scenarioProvenance", () => {
  it.each([
    ["one scenario: its own date and version", [s("2026-11-02", "2026.11.01")], "2026-11-02", "2026.11.01"],
    ["the same date and version twice: once", [s("2026-11-02", "2026.11.01"), s("2026-11-02", "2026.11.01")], "2026-11-02", "2026.11.01"],
    [
      "different ones: each distinct value, in the scenarios' order",
      [s("2026-11-05", "2026.11.01"), s("2026-11-02", "2026.12.03"), s("2026-11-05", "2026.12.03")],
      "2026-11-05, 2026-11-02",
      "2026.11.01, 2026.12.03",
    ],
  ])("%s", (_name, scenarios, computedOn, catalogueVersion) => {
    expect(scenarioProvenance(scenarios)).toEqual({ computedOn, catalogueVersion });
  });
});
