import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSeededRandom, createXoshiro128StarStar } from "@/lib/domain/random/seeded-random";

const take = (seed: number, count: number): number[] => {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => random());
};

describe("createSeededRandom", () => {
  it("repeats its sequence for a seed and differs between nearby seeds", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (seed) => {
        expect(take(seed, 20)).toEqual(take(seed, 20));
        // The neighbour must itself be a safe integer: MIN_SAFE_INTEGER − 1 is not (that made this test flake).
        const neighbour = seed === Number.MIN_SAFE_INTEGER ? seed + 1 : seed - 1;
        expect(take(seed, 20)).not.toEqual(take(neighbour, 20));
      }),
    );
  });

  it("the smallest safe seed has a neighbour too (fast-check draws it)", () => {
    expect(take(Number.MIN_SAFE_INTEGER, 5)).not.toEqual(take(Number.MIN_SAFE_INTEGER + 1, 5));
  });

  it("distinguishes seeds that differ only above 32 bits and in sign", () => {
    expect(take(1, 5)).not.toEqual(take(1 + 2 ** 32, 5));
    expect(take(7, 5)).not.toEqual(take(-7, 5));
  });

  it("returns values in [0, 1) that look uniform (mean, variance, deciles)", () => {
    const values = take(123, 200_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
    const deciles = new Array<number>(10).fill(0);
    for (const v of values) deciles[Math.floor(v * 10)]! += 1;
    // χ² with 9 degrees of freedom: 27.9 is the 0.999 quantile.
    const chi2 = deciles.reduce((sum, count) => sum + (count - 20_000) ** 2 / 20_000, 0);
    expect(chi2).toBeLessThan(27.9);
  });

  it("pins the first outputs so a change of generator or seeding is noticed (golden values)", () => {
    expect(take(42, 3).map((v) => v.toFixed(12))).toEqual(["0.660615720800", "0.111701963953", "0.079105645614"]);
  });

  it("runs xoshiro128** exactly as the reference C code (v1.1) from state {1, 2, 3, 4}", () => {
    // Reference outputs as used by rand_xoshiro's `reference` test (xoshiro128starstar.c, Blackman & Vigna).
    const next = createXoshiro128StarStar(1, 2, 3, 4);
    expect(Array.from({ length: 10 }, () => next())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])("rejects the seed %d", (seed) => {
    expect(() => createSeededRandom(seed)).toThrow(/safe integer/);
  });
});
