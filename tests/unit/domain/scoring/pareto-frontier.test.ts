import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dominates, nonPriceScore, paretoFrontier, type ValuePoint } from "@/lib/domain/scoring/pareto-frontier";
import type { Factor, Weights } from "@/lib/domain/factors";

const pt = (id: string, cost: number, value: number): ValuePoint => ({ id, cost, value });

describe("paretoFrontier — known answers", () => {
  it.each<[string, ValuePoint[], string[]]>([
    ["empty input", [], []],
    ["a single point", [pt("a", 10, 50)], ["a"]],
    ["a chain of trade-offs is all frontier, by cost", [pt("c", 30, 90), pt("a", 10, 50), pt("b", 20, 70)], ["a", "b", "c"]],
    ["a cheaper and better point dominates", [pt("a", 10, 80), pt("b", 20, 70)], ["a"]],
    ["same cost, lower value is dominated", [pt("a", 10, 80), pt("b", 10, 70)], ["a"]],
    ["same value, higher cost is dominated", [pt("a", 10, 80), pt("b", 15, 80)], ["a"]],
    ["exact duplicates are both kept, by id", [pt("b", 10, 80), pt("a", 10, 80), pt("c", 30, 60)], ["a", "b"]],
    ["zero and negative values work", [pt("free", 0, -5), pt("paid", 100, 0), pt("worse", 100, -10)], ["free", "paid"]],
    [
      "a typical mix",
      [
        pt("cloud-a", 120_000, 62),
        pt("cloud-b", 95_000, 58),
        pt("sc-mainland", 40_000, 41),
        pt("sc-overseas", 60_000, 39),
        pt("hk", 80_000, 70),
      ],
      ["sc-mainland", "hk"],
    ],
  ])("%s", (_name, points, expected) => {
    expect(paretoFrontier(points)).toEqual(expected);
  });

  it("does not depend on input order", () => {
    const points = [pt("a", 1, 1), pt("b", 2, 3), pt("c", 2, 3), pt("d", 3, 2), pt("e", 4, 5)];
    expect(paretoFrontier([...points].reverse())).toEqual(paretoFrontier(points));
  });

  it("throws for a non-finite cost or value", () => {
    expect(() => paretoFrontier([pt("a", Number.NaN, 1)])).toThrow(RangeError);
    expect(() => paretoFrontier([pt("a", 1, Number.POSITIVE_INFINITY)])).toThrow(/"a"/);
  });
});

describe("nonPriceScore", () => {
  const scores: Record<Factor, number> = { price: 100, security: 80, performance: 60, approval: 40, ux: 20 };

  it("renormalises the four non-price weights (price weight ignored)", () => {
    const w: Weights = { price: 0.6, security: 0.1, performance: 0.1, approval: 0.1, ux: 0.1 };
    expect(nonPriceScore(scores, w)).toBeCloseTo(50, 10);
  });

  it("weights unequal non-price weights", () => {
    const w: Weights = { price: 0.5, security: 0.3, performance: 0.1, approval: 0.1, ux: 0 };
    // (0.3·80 + 0.1·60 + 0.1·40) / 0.5 = 34 / 0.5 = 68
    expect(nonPriceScore(scores, w)).toBeCloseTo(68, 10);
  });

  it("falls back to the plain mean when all weight is on price", () => {
    expect(nonPriceScore(scores, { price: 1, security: 0, performance: 0, approval: 0, ux: 0 })).toBeCloseTo(50, 10);
  });

  it("rejects negative weights and non-finite scores", () => {
    expect(() => nonPriceScore(scores, { price: 0, security: -1, performance: 1, approval: 1, ux: 1 })).toThrow(RangeError);
    expect(() => nonPriceScore({ ...scores, ux: Number.NaN }, { price: 0, security: 1, performance: 1, approval: 1, ux: 1 })).toThrow(
      RangeError,
    );
  });

  it("stays within the range of the four scores (property)", () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    const weight = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(
        fc.tuple(score, score, score, score, score),
        fc.tuple(weight, weight, weight, weight, weight),
        ([p, s, pe, a, u], [wp, ws, wpe, wa, wu]) => {
          const v = nonPriceScore(
            { price: p, security: s, performance: pe, approval: a, ux: u },
            { price: wp, security: ws, performance: wpe, approval: wa, ux: wu },
          );
          expect(v).toBeGreaterThanOrEqual(Math.min(s, pe, a, u) - 1e-9);
          expect(v).toBeLessThanOrEqual(Math.max(s, pe, a, u) + 1e-9);
        },
      ),
    );
  });
});

describe("paretoFrontier — properties", () => {
  // Small integer grids make ties and exact duplicates common; unique ids by index.
  const points = fc
    .array(fc.record({ cost: fc.integer({ min: 0, max: 12 }), value: fc.integer({ min: -3, max: 12 }) }), { maxLength: 40 })
    .map((ps) => ps.map((p, i) => pt(`o${String(i).padStart(2, "0")}`, p.cost, p.value)));
  const realPoints = fc
    .array(fc.record({ cost: fc.double({ min: 0, max: 1e7, noNaN: true }), value: fc.double({ min: 0, max: 100, noNaN: true }) }), {
      maxLength: 40,
    })
    .map((ps) => ps.map((p, i) => pt(`r${i}`, p.cost, p.value)));

  for (const [name, arb] of [
    ["integer grid", points],
    ["real values", realPoints],
  ] as const) {
    it(`no frontier point is dominated by any point (${name})`, () => {
      fc.assert(
        fc.property(arb, (ps) => {
          const frontier = new Set(paretoFrontier(ps));
          for (const f of ps.filter((p) => frontier.has(p.id))) {
            for (const q of ps) expect(dominates(q, f)).toBe(false);
          }
        }),
      );
    });

    it(`every non-frontier point is dominated by some frontier point (${name})`, () => {
      fc.assert(
        fc.property(arb, (ps) => {
          const frontier = new Set(paretoFrontier(ps));
          const onFrontier = ps.filter((p) => frontier.has(p.id));
          for (const p of ps.filter((x) => !frontier.has(x.id))) {
            expect(onFrontier.some((f) => dominates(f, p))).toBe(true);
          }
        }),
      );
    });

    it(`is sorted by cost, value rising along it, and independent of input order (${name})`, () => {
      fc.assert(
        fc.property(arb, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (ps, rnd) => {
          const result = paretoFrontier(ps);
          const byId = new Map(ps.map((p) => [p.id, p]));
          const fs = result.map((id) => byId.get(id)!);
          for (let i = 1; i < fs.length; i++) {
            expect(fs[i]!.cost).toBeGreaterThanOrEqual(fs[i - 1]!.cost);
            expect(fs[i]!.value).toBeGreaterThanOrEqual(fs[i - 1]!.value);
          }
          const shuffled = ps
            .map((p) => ({ p, k: rnd.next().value }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.p);
          expect(paretoFrontier(shuffled)).toEqual(result);
        }),
      );
    });
  }

  it("matches the O(n²) definition exactly (integer grid)", () => {
    fc.assert(
      fc.property(points, (ps) => {
        const brute = ps.filter((p) => !ps.some((q) => dominates(q, p))).map((p) => p.id);
        expect([...paretoFrontier(ps)].sort()).toEqual(brute.sort());
      }),
    );
  });
});
