import { describe, expect, it } from "vitest";
import { needsSchema } from "@/lib/needs/needs-schema";
import { drawBudgetHkd, generatePopulation, logUniformMean, topBracketCeilingHkd } from "@/lib/domain/demand/generate-population";
import {
  ALL_LAYERS_SHARE,
  BUDGET_BRACKETS,
  BUDGET_MEAN_HKD,
  GOVERNMENT_FUNDED_SHARE,
  PROFITABLE_SHARE,
} from "@/lib/domain/demand/population-mix";
import { createSeededRandom } from "@/lib/domain/random/seeded-random";

const share = (xs: boolean[]) => xs.filter(Boolean).length / xs.length;

describe("generatePopulation", () => {
  it("is reproducible from its seed and differs between seeds", () => {
    expect(generatePopulation(30, 5)).toEqual(generatePopulation(30, 5));
    expect(generatePopulation(30, 5)).not.toEqual(generatePopulation(30, 6));
  });

  it("every workload is a valid needs object (a fixed point of the needs schema)", () => {
    for (const firm of generatePopulation(200, 1)) {
      for (const n of firm.workloads) expect(needsSchema.parse(n)).toEqual(n);
    }
  });

  const big = generatePopulation(20_000, 2026);

  it("anchors the study's shares: 17% all three layers, 43% government funded, 55% profitable", () => {
    // Within four standard errors of a binomial share over the sample (a wrong share fails; sampling noise does not).
    const near = (got: number, p: number) => expect(Math.abs(got - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / big.length));
    near(share(big.map((f) => f.allLayers)), ALL_LAYERS_SHARE);
    near(share(big.map((f) => f.governmentFunded)), GOVERNMENT_FUNDED_SHARE);
    near(share(big.map((f) => f.profitable)), PROFITABLE_SHARE);
  });

  it("gives three workloads to firms in all three layers, two to the others", () => {
    for (const f of big.slice(0, 500)) expect(f.workloads.length).toBe(f.allLayers ? 3 : 2);
  });

  it("draws budgets in the study's brackets: 39/22/14/10/4 of the 89% who answered", () => {
    const b = big.map((f) => f.budgetHkd ?? 0);
    const answered = BUDGET_BRACKETS.reduce((s, x) => s + x.share, 0);
    for (const bracket of BUDGET_BRACKETS) {
      const inBracket = b.filter((x) => x >= bracket.minHkd && (bracket.maxHkd === null || x < bracket.maxHkd)).length / b.length;
      expect(Math.abs(inBracket - bracket.share / answered)).toBeLessThan(0.01);
    }
  });
});

describe("budget mix", () => {
  it("log-uniform mean by hand: [1, e] has mean e − 1", () => {
    expect(logUniformMean(1, Math.E)).toBeCloseTo(Math.E - 1, 12);
  });

  it("solves the top bracket's ceiling so the mean is the study's HK$1.22M", () => {
    const ceil = topBracketCeilingHkd();
    expect(ceil).toBeGreaterThan(5_000_000);
    const answered = BUDGET_BRACKETS.reduce((s, x) => s + x.share, 0);
    const mean = BUDGET_BRACKETS.reduce((s, x) => s + x.share * logUniformMean(x.minHkd, x.maxHkd ?? ceil), 0) / answered;
    expect(mean / BUDGET_MEAN_HKD).toBeCloseTo(1, 4);
  });

  it("the sample mean of many draws is near HK$1.22M", () => {
    const rnd = createSeededRandom(9);
    let sum = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) sum += drawBudgetHkd(rnd);
    expect(Math.abs(sum / n / BUDGET_MEAN_HKD - 1)).toBeLessThan(0.05);
  });
});
