import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { NEEDS_PRESET_IDS } from "@/lib/needs/needs-preset-ids";
import { needsPreset } from "@/lib/needs/needs-presets";
import en from "@/lib/i18n/messages/en/advisor.json";
import zhCN from "@/lib/i18n/messages/zh-CN/advisor.json";
import zhHK from "@/lib/i18n/messages/zh-HK/advisor.json";

const REFERENCE_DATE = "2026-12-03";
const run = (id: (typeof NEEDS_PRESET_IDS)[number]) => recommend(needsPreset(id), DEFAULT_WEIGHTS, catalogue, { referenceDate: REFERENCE_DATE });
const failedEligibility = (id: (typeof NEEDS_PRESET_IDS)[number]) =>
  run(id).excluded.filter((e) => e.ruleChecks.some((c) => c.rule === "eligibility" && !c.passed));

describe("needs presets are typical of who they name", () => {
  it("the university research group is a Hong Kong university member that mainland and HK centres admit", () => {
    const needs = needsPreset("university-research");
    expect(needs.organisation.university).toBe(true);
    expect(needs.organisation.hkRegistered).toBe(true);
    const rec = run("university-research");
    const regions = new Set(rec.ranked.map((o) => o.region));
    expect(regions.has("mainland")).toBe(true);
    expect(regions.has("hk")).toBe(true);
    // Eligibility closes only the centres reserved for other countries' entities or other institutions.
    expect(failedEligibility("university-research").length).toBeLessThanOrEqual(catalogue.offers.length / 5);
  });

  it("every preset leaves several ranked options and none is a budget of NaN", () => {
    for (const id of NEEDS_PRESET_IDS) {
      const rec = run(id);
      expect(rec.ranked.length, id).toBeGreaterThanOrEqual(3);
      const budget = needsPreset(id).budgetHkd;
      expect(budget === null || (Number.isFinite(budget) && budget > 0), id).toBe(true);
    }
  });

  it("documents each preset's assumptions in every UI language, next to its name", () => {
    for (const messages of [en, zhHK, zhCN]) {
      for (const id of NEEDS_PRESET_IDS) {
        expect(messages.presets[id].length).toBeGreaterThan(0);
        expect(messages.presets.notes[id].length, id).toBeGreaterThan(40);
      }
    }
  });
});
