import { describe, expect, it } from "vitest";
import {
  AHP_POSITION_MAX,
  FACTOR_PAIRS,
  intensityOf,
  judgementFromPosition,
  matrixFromPositions,
  pairIndex,
  positionFromJudgement,
} from "@/app/[locale]/_advisor/robustness/ahp-scale";
import { ahpWeights, mostInconsistentJudgement, SAATY_SCALE } from "@/lib/domain/weights/ahp-weights";

describe("AHP questionnaire scale", () => {
  it("has ten pairs in survey order", () => {
    expect(FACTOR_PAIRS).toHaveLength(10);
    expect(FACTOR_PAIRS[0]).toEqual([0, 1]);
    expect(FACTOR_PAIRS[9]).toEqual([3, 4]);
    expect(pairIndex(1, 3)).toBe(5);
  });

  it("maps the 17 positions onto Saaty's scale, first factor winning on the left", () => {
    const positions = Array.from({ length: 2 * AHP_POSITION_MAX + 1 }, (_, k) => k - AHP_POSITION_MAX);
    const judgements = positions.map(judgementFromPosition);
    expect([...judgements].reverse()).toEqual([...SAATY_SCALE]);
    expect(judgementFromPosition(-8)).toBe(9);
    expect(judgementFromPosition(8)).toBeCloseTo(1 / 9, 15);
    expect(positions.map(intensityOf)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("round-trips positions through judgements, including suggestions from the core", () => {
    for (let p = -AHP_POSITION_MAX; p <= AHP_POSITION_MAX; p++) expect(positionFromJudgement(judgementFromPosition(p))).toBe(p);
    for (const value of SAATY_SCALE) expect(judgementFromPosition(positionFromJudgement(value))).toBeCloseTo(value, 12);
  });

  it("all equal → equal weights, CR 0", () => {
    const { weights, cr } = ahpWeights(matrixFromPositions(new Array(10).fill(0)));
    weights.forEach((w) => expect(w).toBeCloseTo(0.2, 12));
    expect(cr).toBeCloseTo(0, 12);
  });

  it("security extremely over price lowers the price weight below security's", () => {
    const positions = new Array(10).fill(0);
    positions[pairIndex(0, 1)] = AHP_POSITION_MAX;
    const { weights } = ahpWeights(matrixFromPositions(positions));
    expect(weights[1]!).toBeGreaterThan(weights[0]!);
    expect(weights[0]!).toBeLessThan(0.2);
  });

  it("a contradictory answer set is flagged on the pair that breaks transitivity", () => {
    // price ≫ security, security ≫ performance, but performance ≫ price.
    const positions = new Array(10).fill(0);
    positions[pairIndex(0, 1)] = -6;
    positions[pairIndex(1, 2)] = -6;
    positions[pairIndex(0, 2)] = 6;
    const matrix = matrixFromPositions(positions);
    expect(ahpWeights(matrix).cr).toBeGreaterThan(0.1);
    const worst = mostInconsistentJudgement(matrix);
    expect([worst.i, worst.j]).toEqual([0, 2]);
    expect(positionFromJudgement(worst.suggested)).toBeLessThan(6);
  });
});
