import { describe, expect, it } from "vitest";
import { PRICE_SCALE } from "@/lib/domain/scoring/price-score";
import { logScale } from "@/lib/domain/scoring/factor-score";
import { costBands, logScaleCostSampler } from "@/lib/domain/sensitivity/log-scale-cost-sampler";
import { smaa } from "@/lib/domain/sensitivity/smaa";

/** A RandomSource that replays fixed deviates. */
function replay(values: readonly number[]) {
  let k = 0;
  return () => values[k++ % values.length]!;
}

describe("logScaleCostSampler", () => {
  it("moves only the cost column, exactly as re-scoring a scaled cost on the price log scale would", () => {
    const { bestHkd, worstHkd } = PRICE_SCALE.gpu;
    const costs = [20, 100];
    const base = costs.map((x) => logScale(x, bestHkd, worstHkd));
    const out = Float64Array.from([base[0]!, 55, base[1]!, 66]);
    const sample = logScaleCostSampler({ criteria: 2, costColumn: 0, pct: 50, worstOverBest: worstHkd / bestHkd });
    // u = 1 → f = 1.5 (cost up 50%); u = 0 → f = 0.5 (cost halved).
    sample(replay([1, 0]), out);
    expect(out[0]).toBeCloseTo(logScale(costs[0]! * 1.5, bestHkd, worstHkd), 10);
    expect(out[2]).toBeCloseTo(logScale(costs[1]! * 0.5, bestHkd, worstHkd), 10);
    expect([out[1], out[3]]).toEqual([55, 66]);
  });

  it("clamps to the 0–100 scale", () => {
    const out = Float64Array.from([99, 1]);
    logScaleCostSampler({ criteria: 1, costColumn: 0, pct: 90, worstOverBest: 100 })(replay([0, 1]), out);
    expect(Array.from(out)).toEqual([100, 0]);
  });

  it("pct 0 leaves scores unchanged", () => {
    const out = Float64Array.from([12.5, 80]);
    logScaleCostSampler({ criteria: 2, costColumn: 0, pct: 0, worstOverBest: 100 })(replay([0.9]), out);
    expect(Array.from(out)).toEqual([12.5, 80]);
  });

  it("GPU and CPU price scales span the same ratio, so one sampler fits both", () => {
    expect(PRICE_SCALE.gpu.worstHkd / PRICE_SCALE.gpu.bestHkd).toBe(PRICE_SCALE.cpu.worstHkd / PRICE_SCALE.cpu.bestHkd);
  });

  it("plugs into smaa: uncertainty lets a slightly dearer option win some draws, reproducibly", () => {
    // Equal on everything but price; option 0 is 2 points cheaper-scored.
    const scores = [
      [62, 50],
      [60, 50],
    ];
    const run = (pct: number) =>
      smaa(scores, {
        samples: 20_000,
        seed: 3,
        sampleScores: logScaleCostSampler({ criteria: 2, costColumn: 0, pct, worstOverBest: 100 }),
      });
    expect(run(0).rankAcceptability[0]![0]).toBe(1);
    const uncertain = run(20);
    expect(uncertain.rankAcceptability[1]![0]).toBeGreaterThan(0.05);
    expect(uncertain.rankAcceptability[1]![0]).toBeLessThan(0.5);
    expect(run(20)).toEqual(uncertain);
  });

  it.each([
    [{ criteria: 0, costColumn: 0, pct: 10, worstOverBest: 100 }, /criteria/],
    [{ criteria: 2, costColumn: 2, pct: 10, worstOverBest: 100 }, /costColumn/],
    [{ criteria: 2, costColumn: 0, pct: 100, worstOverBest: 100 }, /pct/],
    [{ criteria: 2, costColumn: 0, pct: -1, worstOverBest: 100 }, /pct/],
    [{ criteria: 2, costColumn: 0, pct: 10, worstOverBest: 1 }, /worstOverBest/],
  ])("rejects invalid options %o", (options, message) => {
    expect(() => logScaleCostSampler(options)).toThrow(message);
  });
});

describe("logScaleCostSampler with cost bands (sampling within estimate ranges)", () => {
  it("draws an option's cost within its band; a point band falls back to ± pct", () => {
    const { bestHkd, worstHkd } = PRICE_SCALE.gpu;
    // Option 0: cost 20 with a range 12–30 → band [0.6, 1.5]; option 1: cost 50, vendor-priced.
    const bands = costBands([
      { costHkd: 20, costRangeHkd: { low: 12, high: 30 } },
      { costHkd: 50, costRangeHkd: { low: 50, high: 50 } },
    ]);
    expect(bands).toEqual([
      [0.6, 1.5],
      [1, 1],
    ]);
    const base = [logScale(20, bestHkd, worstHkd), logScale(50, bestHkd, worstHkd)];
    const sample = logScaleCostSampler({ criteria: 1, costColumn: 0, pct: 10, worstOverBest: worstHkd / bestHkd, bands });
    const low = Float64Array.from(base);
    sample(replay([0, 0]), low); // u = 0: option 0 at its low end (12), option 1 at 1 − 10% (45)
    expect(low[0]).toBeCloseTo(logScale(12, bestHkd, worstHkd), 10);
    expect(low[1]).toBeCloseTo(logScale(45, bestHkd, worstHkd), 10);
    const high = Float64Array.from(base);
    sample(replay([1, 0.5]), high); // u = 1: option 0 at its high end (30); u = ½: option 1 unchanged
    expect(high[0]).toBeCloseTo(logScale(30, bestHkd, worstHkd), 10);
    expect(high[1]).toBeCloseTo(base[1]!, 10);
  });

  it("a fully subsidised (zero) cost keeps its score", () => {
    expect(costBands([{ costHkd: 0, costRangeHkd: { low: 0, high: 0 } }])).toEqual([[1, 1]]);
  });

  it("rejects a band that is not 0 < low ≤ high", () => {
    expect(() => logScaleCostSampler({ criteria: 1, costColumn: 0, pct: 0, worstOverBest: 100, bands: [[2, 1]] })).toThrow(/cost band/);
  });
});
