/** Surrogate-weight formulas for a rank order of criteria (docs/method.md §5(a)). */
export const RANK_ORDER_METHODS = ["roc", "rank-sum", "rank-reciprocal"] as const;
export type RankOrderMethod = (typeof RANK_ORDER_METHODS)[number];

/**
 * Validates a rank vector and groups criteria into tied blocks, most important first.
 *
 * Input: `ranks[j]` = rank of criterion j, an integer in 1..n (n = ranks.length), 1 = most important. Only the order
 * of the ranks matters, so ties may be written either way: [1, 1, 3] (competition ranking) and [1, 1, 2] (dense
 * ranking) both mean "criteria 0 and 1 tie for first, criterion 2 is last".
 * Output: blocks of criterion indices, e.g. ranks [2, 1, 2] → [[1], [0, 2]]; indices inside a block ascend.
 * Throws for an empty vector, a non-integer rank or a rank outside 1..n.
 */
export function criteriaByRank(ranks: readonly number[]): number[][] {
  const n = ranks.length;
  if (n === 0) throw new Error("ranks must not be empty");
  ranks.forEach((rank, j) => {
    if (!Number.isInteger(rank)) {
      throw new Error(`ranks[${j}] must be an integer, got ${String(rank)}`);
    }
    if (rank < 1 || rank > n) {
      throw new Error(`ranks[${j}] = ${rank} is out of range 1..${n}`);
    }
  });
  const distinct = [...new Set(ranks)].sort((a, b) => a - b);
  return distinct.map((rank) => ranks.flatMap((r, j) => (r === rank ? [j] : [])));
}

/**
 * Weight of each rank position p = 1..n for a strict order (docs/method.md §5(a)):
 * ROC w_p = (1/n) Σ_{k=p..n} 1/k; rank-sum w_p = 2(n + 1 − p)/(n(n + 1)); rank-reciprocal w_p = (1/p) / Σ_k 1/k.
 */
export function positionWeights(n: number, method: RankOrderMethod): number[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${String(n)}`);
  const positions = Array.from({ length: n }, (_, index) => index + 1);
  switch (method) {
    case "roc": {
      // Suffix sums of 1/k, accumulated from the smallest term for accuracy.
      const weights = new Array<number>(n);
      let tail = 0;
      for (let p = n; p >= 1; p--) {
        tail += 1 / p;
        weights[p - 1] = tail / n;
      }
      return weights;
    }
    case "rank-sum":
      return positions.map((p) => (2 * (n + 1 - p)) / (n * (n + 1)));
    case "rank-reciprocal": {
      const harmonic = positions.reduce((sum, k) => sum + 1 / k, 0);
      return positions.map((p) => 1 / p / harmonic);
    }
  }
}

/**
 * Surrogate weights from a rank order of criteria (docs/method.md §5(a): ROC of Barron & Barrett 1996, rank-sum and
 * rank-reciprocal of Stillwell et al. 1981).
 *
 * Input: `ranks[j]` = rank of criterion j (integer 1..n, 1 = most important; see `criteriaByRank` for ties).
 * Output: `weights[j]` for criterion j, dimensionless, summing to 1, non-increasing in rank.
 *
 * Ties: criteria that share a rank occupy consecutive positions and each gets the mean of those positions' weights.
 * This matches docs/method.md §5(e), which samples a weak order by sorting and then permuting values randomly inside each
 * tied block: the expected weight of a tied criterion under that sampler is exactly this block mean (for ROC, the
 * mean of the SMAA rank-order sampler equals these weights, tied or not). All criteria tied → 1/n each.
 *
 * Throws for empty, non-integer or out-of-range ranks.
 */
export function rankOrderWeights(ranks: readonly number[], method: RankOrderMethod): number[] {
  const blocks = criteriaByRank(ranks);
  const byPosition = positionWeights(ranks.length, method);
  const weights = new Array<number>(ranks.length).fill(0);
  let position = 0;
  for (const block of blocks) {
    const blockWeights = byPosition.slice(position, position + block.length);
    const mean = blockWeights.reduce((sum, w) => sum + w, 0) / block.length;
    for (const criterion of block) weights[criterion] = mean;
    position += block.length;
  }
  return weights;
}
