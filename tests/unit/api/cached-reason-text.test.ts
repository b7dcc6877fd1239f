import { describe, expect, it } from "vitest";
import { cachedReasonText } from "@/lib/api/cached-reason-text";
import { catalogue } from "@/lib/catalogue/catalogue";
import { reason, type Reason } from "@/lib/domain/reason";
import { createSeededRandom } from "@/lib/domain/random/seeded-random";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { reasonText } from "@/lib/explain/reason-text";
import { randomNeeds } from "@/lib/needs/random-needs";
import { UI_LOCALES } from "@/lib/validation/localise-issues";

/*
 * The API renders each reason through a per-process cache (most sentences repeat between
 * requests). A cached sentence must always be the one reasonText renders for that code,
 * those params and that language — never a neighbour's.
 */
function allReasons(): Reason[] {
  const rnd = createSeededRandom(20261203);
  const out: Reason[] = [];
  for (let i = 0; i < 40; i++) {
    const rec = recommend(randomNeeds(rnd), DEFAULT_WEIGHTS, catalogue, { referenceDate: "2026-12-03" });
    for (const r of rec.ranked) out.push(...r.reasons, ...Object.values(r.factorDetails).flatMap((d) => d.reasons));
    for (const e of rec.excluded) out.push(...e.reasons);
  }
  return out;
}

describe("cachedReasonText", () => {
  const reasons = allReasons();

  it("gives reasonText's sentence for every reason of 40 random recommendations, in every language, twice", () => {
    expect(new Set(reasons.map((r) => r.code)).size).toBeGreaterThan(20);
    for (let pass = 0; pass < 2; pass++)
      for (const locale of UI_LOCALES) for (const r of reasons) expect(cachedReasonText(r, locale)).toBe(reasonText(r, locale));
  });

  it("the same code with other figures is another sentence (the figures are part of the key)", () => {
    const a = reason("exclude.budget", { costHkd: 1_000_000, budgetHkd: 500_000 });
    const b = reason("exclude.budget", { costHkd: 2_000_000, budgetHkd: 500_000 });
    expect(cachedReasonText(a, "en")).not.toBe(cachedReasonText(b, "en"));
    expect(cachedReasonText(b, "en")).toBe(reasonText(b, "en"));
    expect(cachedReasonText(a, "zh-HK")).toBe(reasonText(a, "zh-HK"));
    expect(cachedReasonText(a, "zh-HK")).not.toBe(cachedReasonText(a, "en"));
  });
});
