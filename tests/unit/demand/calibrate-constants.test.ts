import { describe, expect, it } from "vitest";
import { calibrateConstants, useRates, type ChoiceInput } from "@/lib/domain/demand/calibrate-constants";
import { FAMILY_COUNT } from "@/lib/domain/demand/family-sums";
import { createSeededRandom } from "@/lib/domain/random/seeded-random";

/** A random market: 300 firms with 1–3 workloads, each with some families on offer. */
function market(seed: number, active = [true, true, true, false]): ChoiceInput {
  const rnd = createSeededRandom(seed);
  const firmOf: number[] = [];
  const sums: number[] = [];
  for (let firm = 0; firm < 300; firm++) {
    const n = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) {
      firmOf.push(firm);
      for (let f = 0; f < FAMILY_COUNT; f++) sums.push(rnd() < 0.8 ? Math.exp(4 * rnd()) : 0);
    }
  }
  return { sums: Float64Array.from(sums), firmOf: Int32Array.from(firmOf), firmCount: 300, active };
}

describe("useRates", () => {
  it("is 1 − Π(1 − P_w) per firm: one firm, two workloads, by hand", () => {
    // Workload 1: outside 1, family 0 weight 1 → P = 1/2. Workload 2: family 0 weight 3 → P = 3/4.
    const input: ChoiceInput = {
      sums: Float64Array.from([1, 0, 0, 0, 3, 0, 0, 0]),
      firmOf: Int32Array.from([0, 0]),
      firmCount: 1,
      active: [true, true, true, false],
    };
    expect(useRates(input, [0, 0, 0, 0])[0]).toBeCloseTo(1 - (1 / 2) * (1 / 4), 14);
  });

  it("does not depend on the order of the workloads: a firm's workloads need not be next to each other", () => {
    const m = market(5);
    const nW = m.firmOf.length;
    // Reverse the workloads (and their sums): every firm's workloads now come in the opposite order, firms last to first.
    const firmOf = Int32Array.from({ length: nW }, (_, w) => m.firmOf[nW - 1 - w]!);
    const sums = Float64Array.from({ length: nW * FAMILY_COUNT }, (_, i) => {
      const w = Math.floor(i / FAMILY_COUNT);
      return m.sums[(nW - 1 - w) * FAMILY_COUNT + (i % FAMILY_COUNT)]!;
    });
    // Interleave two firms' workloads: firm 0 owns workloads 0 and 2, firm 1 workload 1.
    const mixed: ChoiceInput = { sums: Float64Array.from([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0]), firmOf: Int32Array.from([0, 1, 0]), firmCount: 2, active: m.active };
    const asc = [-0.5, 0.2, -1, 0];
    const forward = useRates(m, asc);
    const backward = useRates({ ...m, firmOf, sums }, asc);
    forward.forEach((r, f) => expect(backward[f]).toBeCloseTo(r, 12));
    // Firm 0: 1 − (1 − 1/2)(1 − 3/4) = 7/8; firm 1: 2/3. Mean (7/8 + 2/3) / 2.
    expect(useRates(mixed, [0, 0, 0, 0])[0]).toBeCloseTo((7 / 8 + 2 / 3) / 2, 14);
  });

  it("ignores inactive families", () => {
    const m = market(3, [true, false, true, false]);
    const r = useRates(m, [0, 0, 0, 0]);
    expect(r[1]).toBe(0);
    expect(r[3]).toBe(0);
  });
});

describe("calibrateConstants", () => {
  it("recovers known constants from use rates generated with them", () => {
    const m = market(7);
    const truth = [-1.3, 0.4, -2.1, 0];
    const observed = useRates(m, truth);
    const cal = calibrateConstants(m, new Map([0, 1, 2].map((f) => [f, observed[f]!] as const)), { tolerance: 1e-10, maxIterations: 5000 });
    expect(cal.converged).toBe(true);
    [0, 1, 2].forEach((f) => expect(cal.asc[f]).toBeCloseTo(truth[f]!, 6));
  });

  it("meets the study's 71 / 31 / 26% within the tolerance from zero constants", () => {
    const m = market(11);
    const cal = calibrateConstants(
      m,
      new Map([
        [0, 0.71],
        [1, 0.31],
        [2, 0.26],
      ]),
      { tolerance: 0.001 },
    );
    expect(cal.converged).toBe(true);
    expect(cal.predicted[0]).toBeCloseTo(0.71, 2);
    expect(cal.predicted[1]).toBeCloseTo(0.31, 2);
    expect(cal.predicted[2]).toBeCloseTo(0.26, 2);
    expect(cal.iterations).toBeGreaterThan(0);
  });

  it("reports a family no workload may use as unreachable instead of looping", () => {
    const m = market(5);
    const sums = Float64Array.from(m.sums);
    for (let i = 2; i < sums.length; i += FAMILY_COUNT) sums[i] = 0;
    const cal = calibrateConstants(
      { ...m, sums },
      new Map([
        [0, 0.7],
        [2, 0.2],
      ]),
    );
    expect(cal.unreachable).toEqual([2]);
    expect(cal.converged).toBe(false);
    expect(cal.predicted[0]).toBeCloseTo(0.7, 3);
  });
});
