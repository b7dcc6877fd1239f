import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { expUtilityTable, logitShares, TOTAL_STEPS } from "@/lib/domain/demand/logit";

const utilities = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 12 });

describe("logitShares", () => {
  it("shares sum to 1 and lie in [0, 1]", () => {
    fc.assert(
      fc.property(utilities, (v) => {
        const p = logitShares(v);
        expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        for (const x of p) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
      }),
      { seed: 1 },
    );
  });

  it("adding a constant to every utility changes nothing", () => {
    fc.assert(
      fc.property(utilities, fc.double({ min: -500, max: 500, noNaN: true }), (v, c) => {
        const a = logitShares(v);
        const b = logitShares(v.map((x) => x + c));
        a.forEach((x, i) => expect(b[i]).toBeCloseTo(x, 10));
      }),
      { seed: 2 },
    );
  });

  it("matches the closed form for two options and orders shares like utilities", () => {
    const [p1, p2] = logitShares([Math.log(3), 0]);
    expect(p1).toBeCloseTo(0.75, 14);
    expect(p2).toBeCloseTo(0.25, 14);
    const p = logitShares([1, 3, 2]);
    expect(p[1]).toBeGreaterThan(p[2]!);
    expect(p[2]).toBeGreaterThan(p[0]!);
  });

  it("never overflows for huge utilities and gives 0 to an unavailable option", () => {
    const p = logitShares([1000, 999, Number.NEGATIVE_INFINITY]);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(p[2]).toBe(0);
    expect([...logitShares([])]).toEqual([]);
  });
});

describe("expUtilityTable", () => {
  it("holds exp(λ × total) for totals in hundredths", () => {
    const t = expUtilityTable(0.1);
    expect(t.length).toBe(TOTAL_STEPS + 1);
    expect(t[0]).toBe(1);
    expect(t[5000]).toBeCloseTo(Math.exp(5), 9);
    expect(t[TOTAL_STEPS]).toBeCloseTo(Math.exp(10), 6);
  });
});
