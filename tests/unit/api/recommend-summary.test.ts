import { describe, expect, it } from "vitest";
import { recommendSummary } from "@/lib/api/recommend-summary";
import { catalogue } from "@/lib/catalogue/catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { NEEDS_PRESET_IDS } from "@/lib/needs/needs-preset-ids";
import { needsPreset } from "@/lib/needs/needs-presets";

const REFERENCE_DATE = "2026-12-01";

describe.each(NEEDS_PRESET_IDS)("recommendSummary: preset %s", (preset) => {
  const rec = recommend(needsPreset(preset), DEFAULT_WEIGHTS, catalogue, { referenceDate: REFERENCE_DATE });
  const summary = recommendSummary(rec, "zh-HK");

  it("keeps every ranked option in order with its rank, scores, cost and flags, under the API's names", () => {
    expect(summary.ranked.map((r) => [r.offerId, r.rank, r.total, r.costHKD, r.monthlyCostHKD])).toEqual(
      rec.ranked.map((r) => [r.offerId, r.rank, r.total, r.costHkd, r.monthlyCostHkd]),
    );
    expect(summary.ranked.map((r) => r.flags)).toEqual(rec.ranked.map((r) => r.flags));
  });

  it("leaves out cost lines, factor details and reasons: only what a compact answer needs", () => {
    for (const r of summary.ranked) {
      expect(Object.keys(r).sort()).toEqual(
        ["costHKD", "factors", "family", "flags", "monthlyCostHKD", "name", "offerId", "provider", "rank", "timeToResultDays", "total"].sort(),
      );
    }
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(rec).length / 3);
  });

  it("gives each excluded option the codes of its reasons, and says what it is", () => {
    expect(summary.excluded).toEqual(rec.excluded.map((e) => ({ offerId: e.offerId, reasonCodes: e.reasons.map((x) => x.code) })));
    for (const e of summary.excluded) expect(e.reasonCodes.length).toBeGreaterThan(0);
    expect(summary).toMatchObject({ fields: "summary", locale: "zh-HK", catalogueVersion: rec.catalogueVersion, method: rec.method });
    expect(summary.weights).toEqual(rec.weights);
  });
});
