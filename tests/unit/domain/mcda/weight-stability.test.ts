import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weightStabilityIntervals, weightedSumLeader } from "@/lib/domain/sensitivity/weight-stability";
import { expectWithin, matrix, mcdaCase, nums } from "./mcda-cases";

/** Weights after setting w_j = t with proportional rescaling (equal split if the others are all zero). */
function moveWeight(weights: readonly number[], j: number, t: number): number[] {
  const others = weights.reduce((sum, w, k) => (k === j ? sum : sum + w), 0);
  return weights.map((w, k) => {
    if (k === j) return t;
    return others === 0 ? (1 - t) / (weights.length - 1) : (w * (1 - t)) / others;
  });
}

/** How far the best competitor is ahead of `leader` at weights w (> 0: leader has lost first place). */
function competitorLead(scores: readonly (readonly number[])[], w: readonly number[], leader: number): number {
  const totals = scores.map((row) => row.reduce((sum, v, k) => sum + v * w[k]!, 0));
  return Math.max(...totals.map((total, b) => (b === leader ? -Infinity : total - totals[leader]!)));
}

describe("weightedSumLeader — known answers (docs/method.md §5(c))", () => {
  it("WSM-1: Wikipedia example totals 21.5, 22, 22; the A2/A3 tie goes to the lower index", () => {
    const c = mcdaCase("WSM-1-wikipedia");
    const { totals, leader } = weightedSumLeader(matrix(c.input.matrix), nums(c.input.weights));
    expectWithin(totals, nums(c.expected.scores), 1e-12);
    expect(leader).toBe(1);
    // The older copy's A3 = 20.00 is not reproducible (docs/method.md §6).
    expect(totals[2]).not.toBeCloseTo(nums(c.expected.older_copy_scores_NOT_reproducible)[2]!, 6);
  });

  it("WSM-5: weighted totals of pymcdm's min-max normalised matrix match the exact scores", () => {
    const c = mcdaCase("WSM-5-minmax-benefit-cost");
    const flat = nums(c.expected.normalised_matrix_rowmajor);
    const normalised = Array.from({ length: 6 }, (_, i) => flat.slice(3 * i, 3 * i + 3));
    const { totals, leader } = weightedSumLeader(normalised, nums(c.input.weights));
    // The normalised matrix is published to 8 dp, so the totals carry ≤ 5e-9 of rounding.
    expectWithin(totals, nums(c.expected.scores_exact), 1e-8);
    expect(leader).toBe(4);
  });
});

describe("weightStabilityIntervals — worked examples (docs/method.md §5(f))", () => {
  it("two options trading off two criteria cross at w = 0.5", () => {
    expect(
      weightStabilityIntervals(
        [
          [100, 0],
          [0, 100],
        ],
        [0.6, 0.4],
      ),
    ).toEqual([
      { lower: 0.5, upper: 1 },
      { lower: 0, upper: 0.5 },
    ]);
  });

  it("three criteria with proportional rescaling", () => {
    // A = [80, 20, 50], B = [40, 60, 50], w = [0.5, 0.3, 0.2]: A 56, B 48.
    // j = 0: others keep ratio 3:2 → A(t) = 80t + (1−t)·32, B(t) = 40t + (1−t)·56 → A ≥ B iff t ≥ 24/64.
    const [first] = weightStabilityIntervals(
      [
        [80, 20, 50],
        [40, 60, 50],
      ],
      [0.5, 0.3, 0.2],
    );
    expect(first!.lower).toBeCloseTo(24 / 64, 12);
    expect(first!.upper).toBe(1);
  });

  it("when all other weights are zero, 1 − t is spread equally over the other criteria", () => {
    const intervals = weightStabilityIntervals(
      [
        [100, 0, 0],
        [0, 60, 60],
      ],
      [1, 0, 0],
    );
    expect(intervals[0]!.lower).toBeCloseTo(0.375, 12);
    expect(intervals[0]!.upper).toBe(1);
    // For criterion 1 the other weights (1, 0) are not all zero: ordinary proportional rescaling.
    expect(intervals[1]!.lower).toBe(0);
    expect(intervals[1]!.upper).toBeCloseTo(0.625, 12);
  });

  it("a single option is stable everywhere; a single criterion can only weigh 1", () => {
    expect(weightStabilityIntervals([[10, 20]], [0.5, 0.5])).toEqual([
      { lower: 0, upper: 1 },
      { lower: 0, upper: 1 },
    ]);
    expect(weightStabilityIntervals([[10], [20]], [1])).toEqual([{ lower: 1, upper: 1 }]);
  });

  it("a current tie pins the interval at the current weight on the side that favours the competitor", () => {
    // WSM-1: A2 and A3 tie at 22; any move of w_3 (A3's strength) towards A3 hands it first place.
    const c = mcdaCase("WSM-1-wikipedia");
    const intervals = weightStabilityIntervals(matrix(c.input.matrix), nums(c.input.weights));
    expect(intervals[2]!.upper).toBeCloseTo(0.4, 12);
  });

  it.each([
    { scores: [], weights: [1], message: /at least one option/ },
    { scores: [[1, 2]], weights: [0.5, 0.6], message: /must sum to 1/ },
    { scores: [[1, 2]], weights: [1.5, -0.5], message: /weights\[1\] = -0.5/ },
    { scores: [[1]], weights: [1, 0], message: /row 0 has 1 values, expected 2/ },
    { scores: [[Number.NaN]], weights: [1], message: /scores\[0\]\[0\] = NaN/ },
  ])("rejects invalid input %#", ({ scores, weights, message }) => {
    expect(() => weightStabilityIntervals(scores, weights)).toThrow(message);
  });
});

describe("weightStabilityIntervals — properties", () => {
  const problem = fc
    .record({ m: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 1, max: 5 }) })
    .chain(({ m, n }) =>
      fc.record({
        scores: fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }), {
          minLength: m,
          maxLength: m,
        }),
        rawWeights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }).filter((w) => w.some((x) => x > 0)),
      }),
    )
    .map(({ scores, rawWeights }) => {
      const total = rawWeights.reduce((sum, w) => sum + w, 0);
      return { scores, weights: rawWeights.map((w) => w / total) };
    });

  it("every interval lies in [0, 1] and contains the current weight", () => {
    fc.assert(
      fc.property(problem, ({ scores, weights }) => {
        weightStabilityIntervals(scores, weights).forEach(({ lower, upper }, j) => {
          expect(0 <= lower && lower <= weights[j]! && weights[j]! <= upper && upper <= 1).toBe(true);
        });
      }),
    );
  });

  it("agrees with a 401-point grid search: the leader stays first exactly inside the interval", () => {
    const margin = 1e-6;
    fc.assert(
      fc.property(problem, ({ scores, weights }) => {
        fc.pre(weights.length >= 2); // with one criterion its weight cannot move off 1
        const { leader } = weightedSumLeader(scores, weights);
        weightStabilityIntervals(scores, weights).forEach(({ lower, upper }, j) => {
          for (let step = 0; step <= 400; step++) {
            const t = step / 400;
            const lead = competitorLead(scores, moveWeight(weights, j, t), leader);
            if (t > lower + margin && t < upper - margin) expect(lead).toBeLessThanOrEqual(1e-9);
            if (t < lower - margin || t > upper + margin) expect(lead).toBeGreaterThan(0);
          }
        });
      }),
    );
  });
});
