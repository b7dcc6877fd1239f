import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { FACTORS } from "@/lib/domain/factors";
import { NEEDS_PRESET_IDS } from "@/lib/needs/needs-preset-ids";
import { needsPreset } from "@/lib/needs/needs-presets";
import en from "@/lib/i18n/messages/en/advisor.json";
import zhHK from "@/lib/i18n/messages/zh-HK/advisor.json";
import zhCN from "@/lib/i18n/messages/zh-CN/advisor.json";

describe("explain panel: every factor input the engine reports has a label", () => {
  const keys = new Set<string>();
  for (const id of NEEDS_PRESET_IDS) {
    for (const workload of ["llm-fine-tuning", "cpu-hpc"] as const) {
      const rec = recommend({ ...needsPreset(id), workload, residency: "anywhere" }, DEFAULT_WEIGHTS, catalogue, {
        referenceDate: "2026-11-25",
      });
      for (const r of rec.ranked) for (const f of FACTORS) for (const k of Object.keys(r.factorDetails[f].inputs)) keys.add(k);
    }
  }

  it("found the engine's inputs", () => {
    expect(keys.size).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ["en", en.explain.inputNames],
    ["zh-HK", zhHK.explain.inputNames],
    ["zh-CN", zhCN.explain.inputNames],
  ] as const)("%s", (_, names) => {
    const missing = [...keys].filter((k) => !(k in names));
    expect(missing).toEqual([]);
  });
});
