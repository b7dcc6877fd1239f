import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topsis, topsisCloseness, type CriterionType } from "@/lib/domain/scoring/topsis";
import { criterionTypes, expectRoundsTo, expectWithin, matrix, mcdaCase, nums } from "./mcda-cases";

/** 1-based ranking by descending closeness, ties → lower index first. */
function ranking(closeness: readonly number[]): number[] {
  const order = closeness.map((_, i) => i).sort((a, b) => closeness[b]! - closeness[a]! || a - b);
  const ranks = new Array<number>(closeness.length);
  order.forEach((option, position) => {
    ranks[option] = position + 1;
  });
  return ranks;
}

describe("topsis — known answers (docs/method.md §5(d))", () => {
  // The published ideal / anti-ideal points: TOPSIS-2 gives them only as computed extras (to 1e-12), TOPSIS-3 as expected values (to 1e-8).
  it.each([
    ["TOPSIS-2: Tzeng & Huang (2011), benefit criteria, closeness to 4 dp and ranking", "TOPSIS-2-tzeng-huang-2011", "extra", 1e-12],
    [
      "TOPSIS-3: Hodgett's cars with a cost criterion — closeness to 4 dp, ideal and anti-ideal to 1e-8",
      "TOPSIS-3-hodgett-RMCDA",
      "expected",
      1e-8,
    ],
  ] as const)("%s", (_, id, idealsIn, tolerance) => {
    const c = mcdaCase(id);
    const result = topsis(matrix(c.input.matrix), nums(c.input.weights), criterionTypes(c.input.types));
    expectRoundsTo(result.closeness, nums(c.expected.closeness_4dp), 4);
    expect(ranking(result.closeness)).toEqual(nums(c.expected.ranking));
    expectWithin(result.ideal, nums(c[idealsIn].ideal), tolerance);
    expectWithin(result.antiIdeal, nums(c[idealsIn].anti_ideal), tolerance);
  });

  it("topsisCloseness returns the same closeness as topsis", () => {
    const c = mcdaCase("TOPSIS-3-hodgett-RMCDA");
    const args = [matrix(c.input.matrix), nums(c.input.weights), criterionTypes(c.input.types)] as const;
    expect(topsisCloseness(...args)).toEqual(topsis(...args).closeness);
  });
});

describe("topsis — edge cases", () => {
  it("treats an all-zero column as non-discriminating instead of dividing by zero", () => {
    const withZero = topsisCloseness(
      [
        [1, 0],
        [3, 0],
        [2, 0],
      ],
      [0.5, 0.5],
      ["benefit", "benefit"],
    );
    const without = topsisCloseness([[1], [3], [2]], [1], ["benefit"]);
    expectWithin(withZero, without, 1e-15);
    expect(withZero).toEqual([0, 1, 0.5]);
  });

  // prettier-ignore
  const DEGENERATE = [
    ["every option when all options are identical (D+ + D− = 0)", [[2, 5], [2, 5]], [0.3, 0.7], ["benefit", "cost"]],
    ["when every weighted column is constant because the varying column has weight 0", [[1, 5], [9, 5]], [0, 1], ["benefit", "benefit"]],
  ] as const;
  it.each(DEGENERATE)("gives 0.5 to %s", (_, rows, weights, types) => {
    expect(topsisCloseness(rows, weights, types)).toEqual([0.5, 0.5]);
  });

  it("returns empty results for no options", () => {
    expect(topsis([], [1], ["cost"])).toEqual({ closeness: [], ideal: [], antiIdeal: [] });
  });

  it.each([
    { args: [[[1, 2]], [1], ["benefit"]], message: /1 criterion types for 1 weights|row 0 has 2 values/ },
    { args: [[[1]], [1], ["benefit", "cost"]], message: /2 criterion types for 1 weights/ },
    { args: [[[1]], [-1], ["benefit"]], message: /weights\[0\] = -1/ },
    { args: [[[Number.POSITIVE_INFINITY]], [1], ["benefit"]], message: /matrix\[0\]\[0\] = Infinity/ },
    { args: [[[1]], [1], ["maybe"]], message: /types\[0\] = maybe/ },
    { args: [[[1]], [], []], message: /at least one criterion/ },
  ])("rejects invalid input %#", ({ args, message }) => {
    const [m, w, t] = args as [number[][], number[], CriterionType[]];
    expect(() => topsis(m, w, t)).toThrow(message);
  });
});

describe("topsis — properties", () => {
  const problem = fc.record({ m: fc.integer({ min: 1, max: 8 }), n: fc.integer({ min: 1, max: 5 }) }).chain(({ m, n }) =>
    fc.record({
      // Tenths and integers: subnormal doubles would underflow x² or w·x/‖x‖ to 0 and test the FPU, not TOPSIS.
      matrix: fc.array(
        fc.array(
          fc.integer({ min: 0, max: 10_000 }).map((k) => k / 10),
          { minLength: n, maxLength: n },
        ),
        { minLength: m, maxLength: m },
      ),
      weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }),
      types: fc.array(fc.constantFrom<CriterionType>("benefit", "cost"), { minLength: n, maxLength: n }),
    }),
  );

  it("closeness is finite and in [0, 1], and invariant to rescaling the weights", () => {
    fc.assert(
      fc.property(problem, ({ matrix: x, weights, types }) => {
        const closeness = topsisCloseness(x, weights, types);
        closeness.forEach((c) => {
          expect(Number.isFinite(c)).toBe(true);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        });
        const scaled = topsisCloseness(
          x,
          weights.map((w) => w * 7),
          types,
        );
        expectWithin(scaled, closeness, 1e-9);
      }),
    );
  });

  it("an option that is best on every criterion has closeness 1", () => {
    fc.assert(
      fc.property(problem, ({ matrix: x, weights, types }) => {
        fc.pre(x.length >= 2 && weights.some((w) => w > 0));
        const best = types.map((t, j) => {
          const column = x.map((row) => row[j]!);
          return t === "benefit" ? Math.max(...column) + 1 : Math.max(0, Math.min(...column) - 1);
        });
        fc.pre(types.every((t, j) => t === "benefit" || x.every((row) => row[j]! > best[j]!)));
        const closeness = topsisCloseness([...x, best], weights, types);
        expect(closeness[x.length]).toBeCloseTo(1, 12);
      }),
    );
  });
});
