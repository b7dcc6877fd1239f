import { describe, expect, it } from "vitest";
import { optionsByFirstRank, rankBandShares, ranksFromWeights, shareHalfWidth95 } from "@/lib/domain/sensitivity/summarise-smaa";
import { smaa } from "@/lib/domain/sensitivity/smaa";

describe("ranksFromWeights", () => {
  it.each([
    [
      [0.4567, 0.2567, 0.1567, 0.09, 0.04],
      [1, 2, 3, 4, 5],
    ],
    [
      [0.1, 0.4, 0.3, 0.2, 0],
      [4, 1, 2, 3, 5],
    ],
    [
      [0.4, 0.3, 0.3],
      [1, 2, 2],
    ],
    [
      [0.2, 0.2, 0.2, 0.2, 0.2],
      [1, 1, 1, 1, 1],
    ],
    // Round-off from normalising equal sliders still counts as a tie.
    [
      [1 / 3, 1 / 3 + 1e-15, 1 / 3 - 1e-15],
      [1, 1, 1],
    ],
  ])("%o → %o", (weights, ranks) => {
    expect(ranksFromWeights(weights)).toEqual(ranks);
  });

  it("is accepted by smaa and keeps sampled weights in the same order", () => {
    const ranks = ranksFromWeights([0.1, 0.5, 0.4]);
    const { centralWeights } = smaa(
      [
        [1, 1, 1],
        [0, 0, 0],
      ],
      { samples: 5_000, seed: 1, ranks },
    );
    const [w0, w1, w2] = centralWeights[0]!;
    expect(w1!).toBeGreaterThan(w2!);
    expect(w2!).toBeGreaterThan(w0!);
  });
});

describe("rankBandShares", () => {
  it("groups 7 ranks into 1 / 2 / 3 / 4–5 / 6+", () => {
    expect(rankBandShares([0.1, 0.2, 0.3, 0.05, 0.05, 0.2, 0.1]).map((b) => [b.id, Number(b.share.toFixed(10))])).toEqual([
      ["r1", 0.1],
      ["r2", 0.2],
      ["r3", 0.3],
      ["r4to5", 0.1],
      ["r6plus", 0.3],
    ]);
  });

  it("leaves out bands past the last rank", () => {
    expect(rankBandShares([0.5, 0.5]).map((b) => b.id)).toEqual(["r1", "r2"]);
    expect(rankBandShares([0.25, 0.25, 0.25, 0.25]).map((b) => [b.id, b.share])).toEqual([
      ["r1", 0.25],
      ["r2", 0.25],
      ["r3", 0.25],
      ["r4to5", 0.25],
    ]);
  });

  it("bands of a doubly stochastic row sum to 1", () => {
    const row = [0.3, 0.1, 0.1, 0.2, 0.1, 0.1, 0.05, 0.05];
    expect(rankBandShares(row).reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
  });
});

describe("optionsByFirstRank", () => {
  it("sorts by first-rank share, then podium share, then index, and cuts to the limit", () => {
    const matrix = [
      [0.1, 0.1, 0.1, 0.7],
      [0.4, 0.3, 0.2, 0.1],
      [0.1, 0.4, 0.4, 0.1],
      [0.4, 0.2, 0.2, 0.2],
    ];
    expect(optionsByFirstRank(matrix, 10)).toEqual([1, 3, 2, 0]);
    expect(optionsByFirstRank(matrix, 2)).toEqual([1, 3]);
    expect(optionsByFirstRank(matrix, 0)).toEqual([]);
  });
});

describe("shareHalfWidth95", () => {
  it("is ≤ ~0.01 at 10,000 samples and 0 at the extremes", () => {
    expect(shareHalfWidth95(0.5, 10_000)).toBeCloseTo(0.0098, 4);
    expect(shareHalfWidth95(0, 10_000)).toBe(0);
    expect(shareHalfWidth95(1, 10_000)).toBe(0);
    expect(shareHalfWidth95(0.5, 0)).toBe(0);
  });
});
