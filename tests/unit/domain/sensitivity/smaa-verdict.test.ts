import { describe, expect, it } from "vitest";
import { smaa } from "@/lib/domain/sensitivity/smaa";
import { ranksFromWeights, smaaVerdict } from "@/lib/domain/sensitivity/summarise-smaa";

// Two criteria (price, other). A is cheap, B is good at the rest, C sits in the middle.
const SCORES = [
  [100, 0],
  [0, 100],
  [50, 50],
];

describe("smaaVerdict", () => {
  it("names the option most often first, the weighted-sum winner and the price weight it needs (worked by hand)", () => {
    // Totals at (0.6, 0.4): A 60, B 40, C 50 → A wins. A stays first while 100t ≥ 100(1 − t) and 100t ≥ 50: t ≥ 0.5.
    const acceptability = [
      [0.3, 0.2, 0.5],
      [0.5, 0.3, 0.2],
      [0.2, 0.5, 0.3],
    ];
    const v = smaaVerdict(acceptability, SCORES, [0.6, 0.4], 0);
    expect(v.mostOftenFirst).toBe(1);
    expect(v.mostOftenFirstShare).toBe(0.5);
    expect(v.winner).toBe(0);
    expect(v.winnerShare).toBe(0.3);
    expect(v.agrees).toBe(false);
    expect(v.weight.current).toBe(0.6);
    expect(v.weight.lower).toBeCloseTo(0.5, 12);
    expect(v.weight.upper).toBe(1);
  });

  it("agrees with a real SMAA run when the weights are drawn in the winner's favoured order", () => {
    const weights = [0.7, 0.3];
    const result = smaa(SCORES, { samples: 4000, seed: 7, ranks: ranksFromWeights(weights) });
    const v = smaaVerdict(result.rankAcceptability, SCORES, weights, 0);
    // With price ≥ the other weight, A (price 100) wins every draw where price ≥ 0.5, i.e. all of them.
    expect(v.agrees).toBe(true);
    expect(v.winner).toBe(0);
    expect(v.mostOftenFirstShare).toBeGreaterThan(0.99);
  });

  it("refuses mismatched inputs", () => {
    expect(() => smaaVerdict([[1]], SCORES, [0.5, 0.5], 0)).toThrow();
    expect(() =>
      smaaVerdict(
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
        SCORES,
        [0.5, 0.5],
        5,
      ),
    ).toThrow();
  });
});
