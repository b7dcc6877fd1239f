import { describe, expect, it } from "vitest";
import { WEIGHT_PRESETS, WEIGHT_PRESET_IDS, weightsFromRanks } from "@/lib/domain/weights/weight-presets";
import { FACTORS, normaliseWeights, type Weights } from "@/lib/domain/factors";
import { rankOrderWeights } from "@/lib/domain/weights/rank-order-weights";
import { expectWithin, mcdaCase, nums } from "./mcda-cases";

const vector = (w: Weights): number[] => FACTORS.map((factor) => w[factor]);
const preset = (id: string) => {
  const found = WEIGHT_PRESETS.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no preset ${id}`);
  return found;
};

describe("WEIGHT_PRESETS", () => {
  it("reproduces the default study weights to 4 decimals (ROC of the survey order)", () => {
    const study = preset("study-ranking").weights;
    expect(vector(study).map((w) => w.toFixed(4))).toEqual(["0.4567", "0.2567", "0.1567", "0.0900", "0.0400"]);
    expectWithin(vector(study), nums(mcdaCase("RANKW-ROC-n5").expected.weights), 1e-12);
  });

  it("has one preset per id, each summing to 1 with non-negative weights", () => {
    expect(WEIGHT_PRESETS.map((p) => p.id)).toEqual([...WEIGHT_PRESET_IDS]);
    for (const p of WEIGHT_PRESETS) {
      const w = vector(p.weights);
      expect(w.reduce((sum, x) => sum + x, 0)).toBeCloseTo(1, 12);
      expect(w.every((x) => x >= 0)).toBe(true);
    }
  });

  it("derives every rank-based preset from its ranks with ROC", () => {
    for (const p of WEIGHT_PRESETS) {
      if (p.ranks === null) continue;
      const ranks = p.ranks;
      expect(vector(p.weights)).toEqual(
        rankOrderWeights(
          FACTORS.map((f) => ranks[f]),
          "roc",
        ),
      );
    }
  });

  it("puts the named factor first", () => {
    const top = (id: string) => {
      const w = preset(id).weights;
      return FACTORS.reduce((best, f) => (w[f] > w[best] ? f : best));
    };
    expect(top("study-ranking")).toBe("price");
    expect(top("cost-first")).toBe("price");
    expect(top("compliance-first")).toBe("security");
    expect(top("speed-first")).toBe("performance");
    expect(vector(preset("equal").weights)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
  });
});

describe("weightsFromRanks", () => {
  it("supports ties and other methods", () => {
    const w = weightsFromRanks({ price: 1, security: 1, performance: 3, approval: 4, ux: 5 }, "rank-sum");
    expect(w.price).toBe(w.security);
    expect(w.price).toBeCloseTo(0.3, 12);
  });
});

describe("normaliseWeights", () => {
  it("rescales to sum 1, keeping proportions; missing factors count as 0", () => {
    expect(normaliseWeights({ price: 50, security: 30, ux: 20 })).toEqual({
      price: 0.5,
      security: 0.3,
      performance: 0,
      approval: 0,
      ux: 0.2,
    });
  });

  it.each([
    { input: {}, message: /at least one weight must be positive/ },
    { input: { price: 0, ux: 0 }, message: /at least one weight must be positive/ },
    { input: { price: -1, ux: 2 }, message: /weight for price must be a finite number ≥ 0, got -1/ },
    { input: { security: Number.NaN }, message: /weight for security .* got NaN/ },
    { input: { ux: Number.POSITIVE_INFINITY }, message: /weight for ux .* got Infinity/ },
    { input: { speed: 1 } as Partial<Weights>, message: /unknown factor "speed"/ },
  ])("rejects $input", ({ input, message }) => {
    expect(() => normaliseWeights(input)).toThrow(message);
  });
});
