import { weightStabilityIntervals, weightedSumLeader } from "./weight-stability";

/**
 * Below this distance (in weight, 0–1) an interval end counts as the edge of the feasible range [0, 1] rather than a
 * crossing: the core clamps its roots, so an end within round-off of 0 or 1 never hands first place to anyone.
 */
const EDGE_TOLERANCE = 1e-9;

/**
 * How far past an interval end (in weight) we look to see who takes first place: far below display precision; the
 * larger steps only matter when a crossing is so shallow that round-off still shows the leader 1e-7 past it.
 */
const PROBE_STEPS = [1e-7, 1e-5, 1e-3] as const;

export type StabilityLine = {
  /** Criterion index (column of `scores`). */
  criterion: number;
  /** The criterion's current weight, 0–1. */
  current: number;
  /** Interval of this weight (0–1) over which the leader stays first, others rescaled proportionally. */
  lower: number;
  upper: number;
  /**
   * Smallest change of this weight alone (absolute, 0–1) that hands first place to another option:
   * min(current − lower, upper − current) over the ends that are real crossings; null when neither end is (the
   * leader stays first over the whole range 0–1).
   */
  margin: number | null;
  /** Option that ranks first just below `lower` (null when `lower` is 0, i.e. nothing overtakes below). */
  rivalBelow: number | null;
  /** Option that ranks first just above `upper` (null when `upper` is 1). */
  rivalAbove: number | null;
};

export type StabilityDescription = {
  /** Index of the weighted-sum leader (ties → lowest index, as `weightedSumLeader`). */
  leader: number;
  /** One line per criterion, most sensitive first: margin ascending (null last), then interval width, then index. */
  lines: StabilityLine[];
  /** Criterion of the first line when some single weight change can change the leader; null otherwise. */
  mostSensitive: number | null;
};

/** Weights after setting w_j = t, the others rescaled proportionally (equal split if they are all zero), as §1(f). */
function moveWeight(weights: readonly number[], j: number, t: number): number[] {
  const others = weights.reduce((sum, w, k) => (k === j ? sum : sum + w), 0);
  return weights.map((w, k) => {
    if (k === j) return t;
    return others === 0 ? (1 - t) / (weights.length - 1) : (w * (1 - t)) / others;
  });
}

function leaderAt(scores: readonly (readonly number[])[], weights: readonly number[], j: number, t: number): number {
  const moved = moveWeight(weights, j, Math.min(1, Math.max(0, t)));
  // Re-normalise away the last bits of round-off so the core's sum-to-1 check (1e-9) always passes.
  const total = moved.reduce((sum, w) => sum + w, 0);
  return weightedSumLeader(
    scores,
    moved.map((w) => w / total),
  ).leader;
}

/** The option that leads just past an interval end (direction −1 below, +1 above); the leader itself if none does. */
function rivalPast(
  scores: readonly (readonly number[])[],
  weights: readonly number[],
  j: number,
  end: number,
  direction: -1 | 1,
  leader: number,
): number {
  for (const step of PROBE_STEPS) {
    const rival = leaderAt(scores, weights, j, end + direction * step);
    if (rival !== leader) return rival;
  }
  return leader;
}

/**
 * Weight-stability intervals (docs/method.md §5(f)) turned into sentence data: for every criterion, the range of its
 * weight that keeps the current weighted-sum leader first, how close the current weight is to either end, and which
 * option takes over just past each end.
 *
 * Input: `scores[i][j]` = score of option i on criterion j (e.g. 0–100, higher is better); `weights[j]` ≥ 0 summing
 * to 1 (within 1e-9). Output: see `StabilityDescription`. "Most sensitive" is the criterion whose weight needs the
 * smallest change (in absolute weight, i.e. percentage points) to change the leader — the weighted-sum analogue of
 * Triantaphyllou & Sánchez's most critical criterion; ties go to the narrower interval, then the lower index.
 *
 * Edge cases: a single option, or a leader that wins at every value of every weight → every margin null and
 * `mostSensitive` null. The rival past an end is found by re-ranking 1e-7 beyond it (1e-5, 1e-3 if round-off
 * still shows the leader there).
 * Throws as `weightStabilityIntervals` (empty input, ragged rows, non-finite values, weights not summing to 1).
 */
export function describeStability(scores: readonly (readonly number[])[], weights: readonly number[]): StabilityDescription {
  const { leader } = weightedSumLeader(scores, weights);
  const intervals = weightStabilityIntervals(scores, weights);
  const lines = intervals.map(({ lower, upper }, j): StabilityLine => {
    const current = weights[j]!;
    const bindsBelow = lower > EDGE_TOLERANCE;
    const bindsAbove = upper < 1 - EDGE_TOLERANCE;
    const gaps = [...(bindsBelow ? [current - lower] : []), ...(bindsAbove ? [upper - current] : [])];
    return {
      criterion: j,
      current,
      lower,
      upper,
      margin: gaps.length === 0 ? null : Math.max(0, Math.min(...gaps)),
      rivalBelow: bindsBelow ? rivalPast(scores, weights, j, lower, -1, leader) : null,
      rivalAbove: bindsAbove ? rivalPast(scores, weights, j, upper, 1, leader) : null,
    };
  });
  lines.sort((a, b) => {
    if (a.margin !== b.margin) {
      if (a.margin === null) return 1;
      if (b.margin === null) return -1;
      return a.margin - b.margin;
    }
    const width = a.upper - a.lower - (b.upper - b.lower);
    return width !== 0 ? width : a.criterion - b.criterion;
  });
  const first = lines[0];
  return { leader, lines, mostSensitive: first !== undefined && first.margin !== null ? first.criterion : null };
}
