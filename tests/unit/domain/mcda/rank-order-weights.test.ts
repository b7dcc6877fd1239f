import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RANK_ORDER_METHODS, criteriaByRank, rankOrderWeights } from "@/lib/domain/weights/rank-order-weights";
import { expectWithin, mcdaCase, nums } from "./mcda-cases";

/** Any weak order on 1..6 criteria, written with ranks drawn from 1..n. */
const ranksArbitrary = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.array(fc.integer({ min: 1, max: n }), { minLength: n, maxLength: n }));

describe("rankOrderWeights — known answers (docs/method.md §5(a))", () => {
  it("reproduces RANKW-ROC-n5 (Barron & Barrett 1996) to 1e-12", () => {
    const c = mcdaCase("RANKW-ROC-n5");
    expectWithin(rankOrderWeights(nums(c.input.ranks), "roc"), nums(c.expected.weights), 1e-12);
  });

  it("reproduces the exact ROC fractions 137/300 … 12/300", () => {
    const weights = rankOrderWeights([1, 2, 3, 4, 5], "roc");
    expectWithin(weights, [137 / 300, 77 / 300, 47 / 300, 27 / 300, 12 / 300], 1e-15);
  });

  it("reproduces RANKW-RS-RR-n5 rank-sum and rank-reciprocal to 1e-12", () => {
    const c = mcdaCase("RANKW-RS-RR-n5");
    expectWithin(rankOrderWeights([1, 2, 3, 4, 5], "rank-sum"), nums(c.expected.rank_sum), 1e-12);
    expectWithin(rankOrderWeights([1, 2, 3, 4, 5], "rank-reciprocal"), nums(c.expected.rank_reciprocal), 1e-12);
  });

  it("reproduces the n = 4 ROC weights 25/48, 13/48, 7/48, 3/48 (Chang 2004 prints 0.52, 0.27, 0.15, 0.06)", () => {
    expectWithin(rankOrderWeights([1, 2, 3, 4], "roc"), [25 / 48, 13 / 48, 7 / 48, 3 / 48], 1e-15);
  });

  it("assigns weights by criterion, not by position, when ranks are permuted", () => {
    const weights = rankOrderWeights([3, 1, 2], "roc");
    const sorted = rankOrderWeights([1, 2, 3], "roc");
    expectWithin(weights, [sorted[2]!, sorted[0]!, sorted[1]!], 1e-15);
  });
});

describe("rankOrderWeights — ties", () => {
  it.each([
    { ranks: [1, 1, 3], method: "roc" as const, expected: [(11 / 18 + 5 / 18) / 2, (11 / 18 + 5 / 18) / 2, 2 / 18] },
    { ranks: [1, 1, 2], method: "roc" as const, expected: [(11 / 18 + 5 / 18) / 2, (11 / 18 + 5 / 18) / 2, 2 / 18] },
    { ranks: [2, 1, 2], method: "rank-sum" as const, expected: [1.5 / 6, 3 / 6, 1.5 / 6] },
    { ranks: [1, 1, 1, 1], method: "rank-reciprocal" as const, expected: [0.25, 0.25, 0.25, 0.25] },
  ])("$method of $ranks shares the block's mean weight", ({ ranks, method, expected }) => {
    expectWithin(rankOrderWeights(ranks, method), expected, 1e-15);
  });

  it("groups tied criteria into blocks in importance order", () => {
    expect(criteriaByRank([2, 1, 2, 4])).toEqual([[1], [0, 2], [3]]);
  });
});

describe("rankOrderWeights — validation", () => {
  it.each([
    { ranks: [], message: /must not be empty/ },
    { ranks: [1, 2.5, 3], message: /ranks\[1\] must be an integer/ },
    { ranks: [1, 2, 4], message: /ranks\[2\] = 4 is out of range 1..3/ },
    { ranks: [0, 1], message: /ranks\[0\] = 0 is out of range/ },
    { ranks: [1, Number.NaN], message: /ranks\[1\] must be an integer/ },
  ])("rejects $ranks", ({ ranks, message }) => {
    expect(() => rankOrderWeights(ranks, "roc")).toThrow(message);
  });
});

describe("rankOrderWeights — properties", () => {
  it("sums to 1, is non-increasing in rank and equal within ties, for every method", () => {
    fc.assert(
      fc.property(ranksArbitrary, fc.constantFrom(...RANK_ORDER_METHODS), (ranks, method) => {
        const weights = rankOrderWeights(ranks, method);
        expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
        ranks.forEach((ra, a) =>
          ranks.forEach((rb, b) => {
            if (ra < rb) expect(weights[a]!).toBeGreaterThan(weights[b]!);
            if (ra === rb) expect(weights[a]).toBe(weights[b]);
          }),
        );
      }),
    );
  });

  it("depends only on the order of the ranks (competition and dense tie notation agree)", () => {
    fc.assert(
      fc.property(ranksArbitrary, fc.constantFrom(...RANK_ORDER_METHODS), (ranks, method) => {
        const distinct = [...new Set(ranks)].sort((a, b) => a - b);
        const dense = ranks.map((r) => distinct.indexOf(r) + 1);
        expectWithin(rankOrderWeights(dense, method), rankOrderWeights(ranks, method), 1e-15);
      }),
    );
  });
});
