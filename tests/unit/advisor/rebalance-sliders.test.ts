import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rebalanceSliders, slidersFromWeights } from "@/app/[locale]/_advisor/rebalance-sliders";
import { FACTORS, type Weights } from "@/lib/domain/factors";
import { WEIGHT_PRESETS } from "@/lib/domain/weights/weight-presets";

const sum = (w: Weights) => Math.round(FACTORS.reduce((s, f) => s + w[f], 0) * 10) / 10;
const tenths = (x: number) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9;
const study = slidersFromWeights(WEIGHT_PRESETS[0]!.weights);

describe("rebalanceSliders", () => {
  it("security to 60 keeps 60 and shares the other 40 in the study's proportions", () => {
    const next = rebalanceSliders(study, "security", 60);
    expect(next.security).toBe(60);
    expect(sum(next)).toBe(100);
    // price : performance : approval : ux stay 45.7 : 15.7 : 9.0 : 4.0 of the remaining 40.
    expect(next.price).toBeCloseTo((45.7 / 74.4) * 40, 0);
    expect(next.price).toBeGreaterThan(next.performance);
  });

  it("shares the rest evenly when every other slider is at zero, and clamps to 0–100", () => {
    const allUx = rebalanceSliders(study, "ux", 150);
    expect(allUx).toEqual({ price: 0, security: 0, performance: 0, approval: 0, ux: 100 });
    expect(rebalanceSliders(allUx, "ux", -5)).toEqual({ price: 25, security: 25, performance: 25, approval: 25, ux: 0 });
  });

  it("always yields positions to 0.1 that sum to exactly 100 and keep the moved value", () => {
    const share = fc.double({ min: 0, max: 100, noNaN: true });
    const weights: fc.Arbitrary<Weights> = fc.record({ price: share, security: share, performance: share, approval: share, ux: share });
    fc.assert(
      fc.property(weights, fc.constantFrom(...FACTORS), fc.double({ min: 0, max: 100, noNaN: true }), (w: Weights, f, v) => {
        const next = rebalanceSliders(slidersFromWeights(w), f, v);
        expect(sum(next)).toBe(100);
        expect(FACTORS.every((g) => next[g] >= 0 && tenths(next[g]))).toBe(true);
        expect(next[f]).toBeCloseTo(Math.round(v * 10) / 10, 9);
      }),
    );
  });
});
