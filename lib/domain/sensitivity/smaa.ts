import { createSeededRandom, type RandomSource } from "@/lib/domain/random/seeded-random";
import { criteriaByRank } from "@/lib/domain/weights/rank-order-weights";

/**
 * Measurement model ξ ~ f_X (docs/method.md §5(e)): called once per Monte-Carlo draw with the seeded generator and a
 * row-major m×n buffer (cell i·n + j = option i, criterion j) pre-filled with the base scores; overwrite the cells
 * that are uncertain with a draw of their score (same scale as `scores`, higher is better). Must use only `random`
 * so that results stay reproducible.
 */
export type ScoreSampler = (random: RandomSource, out: Float64Array) => void;

export type SmaaOptions = {
  /** Monte-Carlo draws K (positive integer). The 95% half-width of an acceptability is ≤ ~1/√K. */
  samples: number;
  /** Seed for `createSeededRandom`; the same inputs and seed always give the same result. */
  seed: number;
  /** ranks[j] = rank of criterion j (1 = most important, ties allowed); omitted → no preference information. */
  ranks?: readonly number[];
  /**
   * Uncertain cost, ± pct %: per draw, every option's cost is multiplied by its own factor
   * f ~ U(1 − pct/100, 1 + pct/100) and its score in `costColumn` (default 0, the price factor) is divided by f.
   * That is exact when the column's score is proportional to 1/cost (the linear-max cost rule min/x of docs/method.md
   * §5(c)); for any other cost → score mapping (e.g. min-max on a fixed price band) pass `sampleScores` that applies
   * the real mapping to a perturbed cost instead. pct in [0, 100).
   */
  costPerturbation?: { costColumn?: number; pct: number };
  /** General measurement model; applied before `costPerturbation` when both are given. */
  sampleScores?: ScoreSampler;
};

export type SmaaResult = {
  /** rankAcceptability[i][r] = b_i^(r+1): share of draws in which option i has rank r + 1 (doubly stochastic). */
  rankAcceptability: number[][];
  /** centralWeights[i] = mean weight vector over draws where i ranks first; all zeros if i never ranks first. */
  centralWeights: number[][];
  /** confidence[i] = p_i^c: share of measurement draws in which i is best at its central weights (0 if never first). */
  confidence: number[];
};

function validate(scores: readonly (readonly number[])[], options: SmaaOptions): number {
  const m = scores.length;
  if (m === 0) throw new Error("SMAA: scores must contain at least one option");
  const n = scores[0]!.length;
  if (n === 0) throw new Error("SMAA: scores must contain at least one criterion");
  scores.forEach((row, i) => {
    if (row.length !== n) throw new Error(`SMAA: scores row ${i} has ${row.length} values, expected ${n}`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new Error(`SMAA: scores[${i}][${j}] = ${String(v)} is not finite`);
    });
  });
  if (!Number.isInteger(options.samples) || options.samples < 1) {
    throw new Error(`SMAA: samples must be a positive integer, got ${String(options.samples)}`);
  }
  if (options.ranks !== undefined && options.ranks.length !== n) {
    throw new Error(`SMAA: ${options.ranks.length} ranks for ${n} criteria`);
  }
  const perturbation = options.costPerturbation;
  if (perturbation !== undefined) {
    const column = perturbation.costColumn ?? 0;
    if (!Number.isInteger(column) || column < 0 || column >= n) {
      throw new Error(`SMAA: costColumn ${String(column)} is not a criterion index 0..${n - 1}`);
    }
    if (!Number.isFinite(perturbation.pct) || perturbation.pct < 0 || perturbation.pct >= 100) {
      throw new Error(`SMAA: costPerturbation.pct must be in [0, 100), got ${String(perturbation.pct)}`);
    }
  }
  return n;
}

/**
 * Weight sampler (docs/method.md §5(e)). Without ranks: uniform on the simplex by sorted uniforms (JSMAA
 * `createSumToRand`). With ranks: the same vector sorted descending, the k-th largest value going to the criterion
 * in position k of the rank order (JSMAA `RankSampler`; exactly uniform on {w consistent with the order}); inside a
 * tied block the values are randomly permuted (docs/method.md §5(e), for a weak order), so tied criteria are
 * exchangeable. Writes into `w`; allocation-free per call.
 */
function createWeightSampler(n: number, random: RandomSource, ranks: readonly number[] | undefined) {
  const cuts = new Float64Array(n + 1);
  const positionOf = new Int32Array(n); // criterion at each rank position
  const blockEnd = new Int32Array(n); // exclusive end of the tied block containing each position
  const blocks = ranks === undefined ? undefined : criteriaByRank(ranks);
  let hasTies = false;
  if (blocks !== undefined) {
    let position = 0;
    for (const block of blocks) {
      if (block.length > 1) hasTies = true;
      for (const criterion of block) {
        positionOf[position] = criterion;
        blockEnd[position] = position + block.length;
        position++;
      }
    }
  }
  return (w: Float64Array): void => {
    // n − 1 sorted uniforms between the fixed cuts 0 and 1 (insertion sort: n is small).
    cuts[0] = 0;
    for (let k = 1; k < n; k++) {
      const u = random();
      let p = k;
      while (p > 1 && cuts[p - 1]! > u) {
        cuts[p] = cuts[p - 1]!;
        p--;
      }
      cuts[p] = u;
    }
    cuts[n] = 1;
    for (let k = 0; k < n; k++) w[k] = cuts[k + 1]! - cuts[k]!;
    if (blocks === undefined) return;
    // Sort the spacings descending (reusing `cuts` as scratch), then hand them out by rank position.
    for (let k = 0; k < n; k++) {
      const v = w[k]!;
      let p = k;
      while (p > 0 && cuts[p - 1]! < v) {
        cuts[p] = cuts[p - 1]!;
        p--;
      }
      cuts[p] = v;
    }
    if (hasTies) {
      for (let start = 0; start < n; start = blockEnd[start]!) {
        for (let k = blockEnd[start]! - 1; k > start; k--) {
          const swap = start + Math.floor(random() * (k - start + 1));
          const tmp = cuts[k]!;
          cuts[k] = cuts[swap]!;
          cuts[swap] = tmp;
        }
      }
    }
    for (let k = 0; k < n; k++) w[positionOf[k]!] = cuts[k]!;
  };
}

/**
 * SMAA-2 (Lahdelma & Salminen 2001; Tervonen & Lahdelma 2007) for an additive value model (docs/method.md §5(e)).
 *
 * Input: `scores[i][j]` = value of option i on criterion j on a common scale (e.g. 0–100, higher is better);
 * `options` as documented on `SmaaOptions`. Weights are sampled uniformly from the simplex, or uniformly from the
 * region consistent with `ranks`.
 * Output (`SmaaResult`): rank acceptabilities b_i^r, central weights w_i^c and confidence factors p_i^c.
 * Ranks within a draw are strict: equal values are broken by the lower option index, so each draw is a permutation
 * and the acceptability matrix is doubly stochastic.
 *
 * Edge cases: an option that never ranks first has all-zero central weights and confidence 0 (b_i^1 = 0 leaves w_i^c
 * undefined; zeros keep the output NaN-free). Without measurement uncertainty (no `sampleScores`, no
 * `costPerturbation`) p_i^c is deterministic, 1 if u(x_i, w_i^c) ≥ u(x_k, w_i^c) for all k and 0 otherwise
 * (docs/method.md §5(e): u_i ≥ u_k, so a tie at the central weights counts as best). With uncertainty, a second pass of K fresh
 * measurement draws, shared by all options, estimates p_i^c with the same ≥ rule.
 * Cost: O(K·m·n) plus an adaptive insertion sort of the options per draw, started from the previous draw's order.
 * Throws for empty or ragged scores, non-finite values, bad `samples`, `ranks` or `costPerturbation`.
 */
export function smaa(scores: readonly (readonly number[])[], options: SmaaOptions): SmaaResult {
  const n = validate(scores, options);
  const m = scores.length;
  const samples = options.samples;
  const random = createSeededRandom(options.seed);
  const sampleWeights = createWeightSampler(n, random, options.ranks);

  const base = new Float64Array(m * n);
  scores.forEach((row, i) => base.set(row, i * n));
  const perturbation = options.costPerturbation;
  const costColumn = perturbation?.costColumn ?? 0;
  const halfWidth = (perturbation?.pct ?? 0) / 100;
  const sampleScores = options.sampleScores;
  const stochastic = sampleScores !== undefined || perturbation !== undefined;
  const xi = stochastic ? new Float64Array(m * n) : base;
  const drawMeasurements = (): void => {
    xi.set(base);
    if (sampleScores !== undefined) sampleScores(random, xi);
    if (perturbation !== undefined) {
      for (let i = 0; i < m; i++) {
        const cell = i * n + costColumn;
        xi[cell] = xi[cell]! / (1 + halfWidth * (2 * random() - 1));
      }
    }
  };

  const w = new Float64Array(n);
  const value = new Float64Array(m);
  const order = Int32Array.from({ length: m }, (_, i) => i);
  const rankCounts = new Float64Array(m * m);
  const weightSums = new Float64Array(m * n);

  for (let s = 0; s < samples; s++) {
    sampleWeights(w);
    if (stochastic) drawMeasurements();
    for (let i = 0; i < m; i++) {
      let u = 0;
      const offset = i * n;
      for (let j = 0; j < n; j++) u += w[j]! * xi[offset + j]!;
      value[i] = u;
    }
    // Insertion sort by (value desc, index asc), starting from the previous order: consecutive draws share most of
    // their order, so this is close to linear in m.
    for (let k = 1; k < m; k++) {
      const option = order[k]!;
      const v = value[option]!;
      let p = k;
      while (p > 0) {
        const other = order[p - 1]!;
        const ov = value[other]!;
        if (ov > v || (ov === v && other < option)) break;
        order[p] = other;
        p--;
      }
      order[p] = option;
    }
    for (let r = 0; r < m; r++) rankCounts[order[r]! * m + r]! += 1;
    const first = order[0]! * n;
    for (let j = 0; j < n; j++) weightSums[first + j]! += w[j]!;
  }

  const rankAcceptability = Array.from({ length: m }, (_, i) =>
    Array.from(rankCounts.subarray(i * m, (i + 1) * m), (count) => count / samples),
  );
  const centralWeights = Array.from({ length: m }, (_, i) => {
    const firstCount = rankCounts[i * m]!;
    return Array.from(weightSums.subarray(i * n, (i + 1) * n), (sum) => (firstCount === 0 ? 0 : sum / firstCount));
  });
  const confidence = confidenceFactors(centralWeights, rankCounts, m, n, stochastic ? samples : 1, xi, () => {
    if (stochastic) drawMeasurements();
  });
  return { rankAcceptability, centralWeights, confidence };
}

/** p_i^c by counting draws in which i is best (≥ every other option) at w_i^c; options never first get 0. */
function confidenceFactors(
  centralWeights: readonly (readonly number[])[],
  rankCounts: Float64Array,
  m: number,
  n: number,
  draws: number,
  xi: Float64Array,
  drawMeasurements: () => void,
): number[] {
  const candidates = Int32Array.from(centralWeights.flatMap((_, i) => (rankCounts[i * m]! > 0 ? [i] : [])));
  const central = new Float64Array(m * n);
  centralWeights.forEach((row, i) => central.set(row, i * n));
  const wins = new Float64Array(m);
  for (let s = 0; s < draws; s++) {
    drawMeasurements();
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c]!;
      const w = i * n;
      let own = 0;
      for (let j = 0; j < n; j++) own += central[w + j]! * xi[i * n + j]!;
      let best = true;
      for (let k = 0; k < m && best; k++) {
        if (k === i) continue;
        let u = 0;
        for (let j = 0; j < n; j++) u += central[w + j]! * xi[k * n + j]!;
        if (u > own) best = false;
      }
      if (best) wins[i]! += 1;
    }
  }
  return Array.from(wins, (count) => count / draws);
}
