import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { percentShares } from "@/app/[locale]/_advisor/percent-shares";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { FACTORS } from "@/lib/domain/factors";

const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 10) / 10;

describe("percentShares", () => {
  it.each([
    [FACTORS.map((f) => DEFAULT_WEIGHTS[f]), [45.7, 25.7, 15.6, 9, 4]],
    [
      [1, 1, 1],
      [33.4, 33.3, 33.3],
    ],
    [
      [1, 1, 1, 1, 1],
      [20, 20, 20, 20, 20],
    ],
    [
      [100, 0, 0],
      [100, 0, 0],
    ],
    [
      [0, 0, 0],
      [0, 0, 0],
    ],
    [
      [2, 1],
      [66.7, 33.3],
    ],
  ])("%j → %j", (values, expected) => {
    expect(percentShares(values)).toEqual(expected);
  });

  it("always adds up to exactly 100.0 and stays within 0.1 of the exact share", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }), (values) => {
        const total = values.reduce((s, v) => s + v, 0);
        const shares = percentShares(values);
        if (total === 0) return shares.every((s) => s === 0);
        return sum(shares) === 100 && shares.every((s, i) => Math.abs(s - (values[i]! / total) * 100) < 0.1 + 1e-9);
      }),
    );
  });
});
