import { FACTORS } from "@/lib/domain/factors";

/**
 * The questionnaire's slider runs over 17 positions, −8 … 8: −8 = the first factor of the pair is extremely (9×) more
 * important, 0 = equal, 8 = the second factor is extremely more important. |position| + 1 is Saaty's intensity 1–9
 * (docs/method.md §5(b)).
 */
export const AHP_POSITION_MAX = 8;

/** The ten pairs (i < j) of the five factors, in survey order: price–security, price–performance, … approval–ux. */
export const FACTOR_PAIRS: readonly (readonly [number, number])[] = Object.freeze(
  FACTORS.flatMap((_, i) => FACTORS.flatMap((__, j) => (j > i ? [[i, j] as const] : []))),
);

/** Saaty intensity 1–9 of a slider position (which side wins is the position's sign). */
export function intensityOf(position: number): number {
  return Math.abs(position) + 1;
}

/** The judgement a_ij for a pair (i, j) at a slider position: −k → k + 1; +k → 1/(k + 1); 0 → 1. */
export function judgementFromPosition(position: number): number {
  return position <= 0 ? 1 - position : 1 / (1 + position);
}

/** The slider position for a Saaty judgement a_ij (inverse of `judgementFromPosition`, rounded to a step). */
export function positionFromJudgement(judgement: number): number {
  const raw = judgement >= 1 ? -(judgement - 1) : 1 / judgement - 1;
  // `|| 0` turns −0 (from an equal judgement) into 0.
  return Math.max(-AHP_POSITION_MAX, Math.min(AHP_POSITION_MAX, Math.round(raw))) || 0;
}

/** The reciprocal 5×5 pairwise matrix for one slider position per pair (in FACTOR_PAIRS order). */
export function matrixFromPositions(positions: readonly number[]): number[][] {
  const n = FACTORS.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  FACTOR_PAIRS.forEach(([i, j], k) => {
    const a = judgementFromPosition(positions[k] ?? 0);
    matrix[i]![j] = a;
    matrix[j]![i] = 1 / a;
  });
  return matrix;
}

/** Index in FACTOR_PAIRS of the pair (i, j), i < j. */
export function pairIndex(i: number, j: number): number {
  return FACTOR_PAIRS.findIndex(([a, b]) => a === i && b === j);
}
