import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeStability } from "@/lib/domain/sensitivity/describe-stability";
import { weightedSumLeader } from "@/lib/domain/sensitivity/weight-stability";

/** Weights after setting w_j = t with proportional rescaling, independent of the module under test. */
function moveWeight(weights: readonly number[], j: number, t: number): number[] {
  const others = weights.reduce((sum, w, k) => (k === j ? sum : sum + w), 0);
  return weights.map((w, k) => (k === j ? t : others === 0 ? (1 - t) / (weights.length - 1) : (w * (1 - t)) / others));
}

const normalise = (w: readonly number[]) => {
  const total = w.reduce((s, x) => s + x, 0);
  return w.map((x) => x / total);
};

describe("describeStability — worked examples", () => {
  it("two options trading off two criteria: both weights bind at 0.5, the rival is the other option", () => {
    const d = describeStability(
      [
        [100, 0],
        [0, 100],
      ],
      [0.6, 0.4],
    );
    expect(d.leader).toBe(0);
    // Both margins are 0.1; the intervals have equal width, so the lower criterion index comes first.
    expect(d.mostSensitive).toBe(0);
    expect(d.lines.map((l) => l.criterion)).toEqual([0, 1]);
    const [price, security] = d.lines;
    expect(price).toMatchObject({ lower: 0.5, upper: 1, rivalBelow: 1, rivalAbove: null });
    expect(price!.margin).toBeCloseTo(0.1, 12);
    expect(security).toMatchObject({ lower: 0, upper: 0.5, rivalBelow: null, rivalAbove: 1 });
    expect(security!.margin).toBeCloseTo(0.1, 12);
  });

  it("orders criteria by the smallest change that changes the leader", () => {
    const scores = [
      [90, 40, 50],
      [30, 60, 50],
    ];
    const d = describeStability(scores, [0.5, 0.3, 0.2]);
    expect(d.leader).toBe(0);
    // Hand-computed crossings (docs/method.md §5(f)): w0 down to 1/6 (margin 1/3); w1 up to 15/22 (margin ≈ 0.382);
    // w2 only ties at 1 (the options differ only off criterion 2), so it never changes the leader.
    expect(d.lines.map((l) => l.criterion)).toEqual([0, 1, 2]);
    const [w0, w1, w2] = d.lines;
    expect(w0!.lower).toBeCloseTo(1 / 6, 12);
    expect(w0!.margin).toBeCloseTo(1 / 3, 12);
    expect(w0!.rivalBelow).toBe(1);
    expect(w1!.upper).toBeCloseTo(15 / 22, 12);
    expect(w1!.margin).toBeCloseTo(15 / 22 - 0.3, 12);
    expect(w1!.rivalAbove).toBe(1);
    expect(w2).toMatchObject({ lower: 0, upper: 1, margin: null });
    expect(d.mostSensitive).toBe(0);
  });

  it("a dominant leader: every interval is [0, 1], no margin, no most sensitive factor", () => {
    const d = describeStability(
      [
        [80, 80, 80],
        [20, 30, 40],
        [10, 10, 10],
      ],
      [0.2, 0.3, 0.5],
    );
    expect(d.mostSensitive).toBeNull();
    for (const line of d.lines) {
      expect(line).toMatchObject({ lower: 0, upper: 1, margin: null, rivalBelow: null, rivalAbove: null });
    }
    expect(d.lines.map((l) => l.criterion)).toEqual([0, 1, 2]);
  });

  it("a single option is trivially stable", () => {
    const d = describeStability([[10, 20]], [0.5, 0.5]);
    expect(d).toMatchObject({ leader: 0, mostSensitive: null });
    expect(d.lines.every((l) => l.margin === null)).toBe(true);
  });

  it("names the right rival when several competitors cross on the same side", () => {
    // Lowering w0 from 0.6: option 1 overtakes at 0.5 before option 2 would (at 1/3).
    const scores = [
      [100, 0],
      [0, 100],
      [20, 60],
    ];
    const d = describeStability(scores, [0.6, 0.4]);
    const line = d.lines.find((l) => l.criterion === 0)!;
    expect(line.lower).toBeCloseTo(0.5, 12);
    expect(line.rivalBelow).toBe(1);
  });

  it("throws like the core for weights that do not sum to 1", () => {
    expect(() => describeStability([[1, 2]], [0.5, 0.6])).toThrow(/sum to 1/);
  });
});

describe("describeStability — properties", () => {
  const instance = fc
    .record({
      m: fc.integer({ min: 2, max: 6 }),
      n: fc.integer({ min: 2, max: 5 }),
    })
    .chain(({ m, n }) =>
      fc.record({
        scores: fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
        raw: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }),
      }),
    );

  it("intervals contain the current weight, named rivals stay ahead beyond each end, margins match the ends", () => {
    fc.assert(
      fc.property(instance, ({ scores, raw }) => {
        const weights = normalise(raw);
        const d = describeStability(scores, weights);
        for (const line of d.lines) {
          expect(line.lower).toBeLessThanOrEqual(line.current + 1e-12);
          expect(line.upper).toBeGreaterThanOrEqual(line.current - 1e-12);
          // A competitor that overtakes past an end stays ahead further out (every total is linear in the weight).
          if (line.rivalBelow !== null) {
            expect(line.rivalBelow).not.toBe(d.leader);
            const { totals } = weightedSumLeader(scores, normalise(moveWeight(weights, line.criterion, line.lower / 2)));
            expect(totals[line.rivalBelow]!).toBeGreaterThan(totals[d.leader]! - 1e-9);
          }
          if (line.rivalAbove !== null) {
            expect(line.rivalAbove).not.toBe(d.leader);
            const { totals } = weightedSumLeader(scores, normalise(moveWeight(weights, line.criterion, (line.upper + 1) / 2)));
            expect(totals[line.rivalAbove]!).toBeGreaterThan(totals[d.leader]! - 1e-9);
          }
          if (line.margin !== null) {
            const ends = [
              ...(line.rivalBelow !== null ? [line.current - line.lower] : []),
              ...(line.rivalAbove !== null ? [line.upper - line.current] : []),
            ];
            expect(line.margin).toBeCloseTo(Math.min(...ends), 12);
          }
        }
        expect(d.mostSensitive).toBe(d.lines[0]!.margin === null ? null : d.lines[0]!.criterion);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
