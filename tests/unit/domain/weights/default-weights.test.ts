import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { WEIGHT_PRESETS } from "@/lib/domain/weights/weight-presets";
import { FACTORS } from "@/lib/domain/factors";

/*
 * Rank-order-centroid weights for n = 5 ranked factors: w_p = (1/5) Σ_{k=p..5} 1/k.
 *   price       (1 + 1/2 + 1/3 + 1/4 + 1/5) / 5 = (137/60) / 5 = 137/300 = 0.456667
 *   security    (1/2 + 1/3 + 1/4 + 1/5) / 5     = (77/60) / 5  = 77/300  = 0.256667
 *   performance (1/3 + 1/4 + 1/5) / 5           = (47/60) / 5  = 47/300  = 0.156667
 *   approval    (1/4 + 1/5) / 5                 = (27/60) / 5  = 27/300  = 0.090000
 *   ux          (1/5) / 5                       = (12/60) / 5  = 12/300  = 0.040000
 */
describe("DEFAULT_WEIGHTS", () => {
  it.each([
    ["price", 0.4567, 137 / 300],
    ["security", 0.2567, 77 / 300],
    ["performance", 0.1567, 47 / 300],
    ["approval", 0.09, 27 / 300],
    ["ux", 0.04, 12 / 300],
  ] as const)("%s = %f (4 d.p.), exactly the ROC centroid", (factor, fourDp, exact) => {
    expect(Number(DEFAULT_WEIGHTS[factor].toFixed(4))).toBe(fourDp);
    expect(DEFAULT_WEIGHTS[factor]).toBeCloseTo(exact, 12);
  });

  it("has exactly the five factors and sums to 1", () => {
    expect(Object.keys(DEFAULT_WEIGHTS).sort()).toEqual([...FACTORS].sort());
    expect(FACTORS.reduce((s, f) => s + DEFAULT_WEIGHTS[f], 0)).toBeCloseTo(1, 12);
  });

  it("is the study-ranking preset, and the study's ranking is price > security > performance > approval > ux", () => {
    const preset = WEIGHT_PRESETS.find((p) => p.id === "study-ranking");
    expect(preset?.ranks).toEqual({ price: 1, security: 2, performance: 3, approval: 4, ux: 5 });
    expect(preset?.weights).toEqual(DEFAULT_WEIGHTS);
  });
});
