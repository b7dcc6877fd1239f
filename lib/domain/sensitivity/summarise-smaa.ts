import { weightedSumLeader, weightStabilityIntervals } from "./weight-stability";

/**
 * Rank bands for the stacked rank-acceptability chart: ranks 1, 2, 3, 4–5 and 6 or lower (1-based, inclusive).
 * `last: null` means "to the last rank".
 */
export const RANK_BANDS = [
  { id: "r1", first: 1, last: 1 },
  { id: "r2", first: 2, last: 2 },
  { id: "r3", first: 3, last: 3 },
  { id: "r4to5", first: 4, last: 5 },
  { id: "r6plus", first: 6, last: null },
] as const;
export type RankBandId = (typeof RANK_BANDS)[number]["id"];

/** Relative tolerance under which two weights count as equal when deriving a rank order from them. */
const TIE_TOLERANCE = 1e-9;

/**
 * Competition ranks of criteria from their weights: rank 1 = the largest weight, equal weights (within 1e-9 of the
 * largest weight) share a rank, the next rank skips accordingly ([0.4, 0.3, 0.3] → [1, 2, 2]).
 * Input: weights ≥ 0 (any scale); all equal → all rank 1 (no order information).
 * Output: a rank vector accepted by smaa's `ranks` option.
 */
export function ranksFromWeights(weights: readonly number[]): number[] {
  const scale = Math.max(0, ...weights);
  const tolerance = scale * TIE_TOLERANCE;
  return weights.map((w) => 1 + weights.filter((other) => other > w + tolerance).length);
}

/**
 * Sums one option's rank acceptabilities (`row[r]` = share of draws at rank r + 1) into the bands that exist for
 * `row.length` options: bands starting past the last rank are left out, so with 4 options the bands are
 * r1, r2, r3, r4to5 (the last holding rank 4 only).
 */
export function rankBandShares(row: readonly number[]): { id: RankBandId; share: number }[] {
  const m = row.length;
  return RANK_BANDS.filter((band) => band.first <= m).map((band) => {
    const last = Math.min(band.last ?? m, m);
    let share = 0;
    for (let r = band.first; r <= last; r++) share += row[r - 1]!;
    return { id: band.id, share };
  });
}

/**
 * Option indices in display order for SMAA results: first-rank acceptability descending, then the share of ranks 1–3
 * descending, then index ascending (the recommendation's own order), cut to `limit`.
 * Input: the rankAcceptability matrix of `smaa`; limit ≥ 0.
 */
export function optionsByFirstRank(rankAcceptability: readonly (readonly number[])[], limit: number): number[] {
  const podium = (row: readonly number[]) => (row[0] ?? 0) + (row[1] ?? 0) + (row[2] ?? 0);
  return rankAcceptability
    .map((row, i) => ({ i, first: row[0] ?? 0, podium: podium(row) }))
    .sort((a, b) => b.first - a.first || b.podium - a.podium || a.i - b.i)
    .slice(0, Math.max(0, limit))
    .map(({ i }) => i);
}

/**
 * 95% half-width of a Monte-Carlo share p estimated from `samples` draws: 1.96 · √(p(1 − p)/K) (docs/method.md §5(e):
 * ≤ ~0.01 at K = 10,000).
 */
export function shareHalfWidth95(share: number, samples: number): number {
  if (!(samples > 0)) return 0;
  const p = Math.min(1, Math.max(0, share));
  return 1.96 * Math.sqrt((p * (1 - p)) / samples);
}

/**
 * The plain-language verdict of a SMAA run (data only; the UI words it): which option comes first most often, how
 * often the weighted-sum winner comes first, and over which range of one criterion's weight (the price weight, by
 * default) the weighted-sum winner stays first under proportional rescaling of the others (docs/method.md §5(f)).
 *
 * Input: the rankAcceptability matrix of `smaa` over the same options, in the same order, as `scores`; the current
 * weights (FACTORS order, sum 1); `criterion` = the index of the weight whose interval is reported.
 * Output: option indices into `scores`, shares 0–1 and the interval [lower, upper] ∋ current weight.
 */
export type SmaaVerdict = {
  mostOftenFirst: number;
  mostOftenFirstShare: number;
  winner: number;
  winnerShare: number;
  /** True when the option most often first is the weighted-sum winner. */
  agrees: boolean;
  weight: { criterion: number; current: number; lower: number; upper: number };
};

export function smaaVerdict(
  rankAcceptability: readonly (readonly number[])[],
  scores: readonly (readonly number[])[],
  weights: readonly number[],
  criterion: number,
): SmaaVerdict {
  if (rankAcceptability.length !== scores.length) throw new Error("rankAcceptability and scores must cover the same options");
  const [mostOftenFirst = 0] = optionsByFirstRank(rankAcceptability, 1);
  const { leader } = weightedSumLeader(scores, weights);
  const interval = weightStabilityIntervals(scores, weights)[criterion];
  if (!interval) throw new Error(`criterion ${criterion} is out of range`);
  return {
    mostOftenFirst,
    mostOftenFirstShare: rankAcceptability[mostOftenFirst]?.[0] ?? 0,
    winner: leader,
    winnerShare: rankAcceptability[leader]?.[0] ?? 0,
    agrees: mostOftenFirst === leader,
    weight: { criterion, current: weights[criterion]!, lower: interval.lower, upper: interval.upper },
  };
}
