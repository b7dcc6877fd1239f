/**
 * Saaty's fundamental scale, ascending: 1/9, 1/8, …, 1/2, 1, 2, …, 9 (docs/method.md §5(b)).
 */
export const SAATY_SCALE: readonly number[] = Object.freeze([...[9, 8, 7, 6, 5, 4, 3, 2].map((k) => 1 / k), 1, 2, 3, 4, 5, 6, 7, 8, 9]);

/**
 * Random index RI(n), the mean CI of random reciprocal matrices: Saaty's classic (1980) table for n ≤ 10, as encoded
 * in pyrepo-mcda and pyDecision, extended for n = 11..15 with pyDecision's values (docs/method.md §5(b)). Index = n.
 * Other libraries use other tables (AHPy, R `ahp`, R `MCDA`, pymcdm), so their CRs differ slightly from ours.
 */
export const SAATY_RANDOM_INDEX: readonly number[] = Object.freeze([
  0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
]);

const SAATY_MAX = 9;

/** Saaty's usual acceptance rule: judgements with CR above this should be revised. */
export const CONSISTENCY_RATIO_LIMIT = 0.1;

/** Tolerance for a_ii = 1 and a_ij · a_ji = 1 (inputs such as 0.1111111111111111 for 1/9). */
const RECIPROCAL_TOLERANCE = 1e-6;
const CONVERGENCE_TOLERANCE = 1e-12;
const MAX_ITERATIONS = 100_000;

export type AhpResult = { weights: number[]; lambdaMax: number; ci: number; cr: number };

export type InconsistentJudgement = {
  /** Row and column (0-based, i < j) of the judgement a_ij; a_ji is its reciprocal. */
  i: number;
  j: number;
  /** The judgement as entered, a_ij. */
  current: number;
  /** The ratio w_i / w_j implied by the priority vector. */
  impliedRatio: number;
  /** The Saaty-scale value nearest to `impliedRatio` on a log scale. */
  suggested: number;
};

function validatePairwiseMatrix(matrix: readonly (readonly number[])[]): void {
  const n = matrix.length;
  if (n === 0) throw new Error("AHP matrix must not be empty");
  matrix.forEach((row, i) => {
    if (row.length !== n) {
      throw new Error(`AHP matrix must be square: row ${i} has ${row.length} entries, expected ${n}`);
    }
    row.forEach((value, j) => {
      if (!Number.isFinite(value) || value <= 0) {
        throw new Error(`AHP matrix must be positive: a[${i}][${j}] = ${String(value)} (0-based)`);
      }
    });
  });
  for (let i = 0; i < n; i++) {
    const diagonal = matrix[i]![i]!;
    if (Math.abs(diagonal - 1) > RECIPROCAL_TOLERANCE) {
      throw new Error(`AHP matrix must have a unit diagonal: a[${i}][${i}] = ${diagonal} (0-based)`);
    }
    for (let j = i + 1; j < n; j++) {
      const upper = matrix[i]![j]!;
      const lower = matrix[j]![i]!;
      if (Math.abs(upper * lower - 1) > RECIPROCAL_TOLERANCE) {
        throw new Error(
          `AHP matrix is not reciprocal: a[${i}][${j}] = ${upper} but a[${j}][${i}] = ${lower}, ` + `expected ${1 / upper} (0-based)`,
        );
      }
    }
  }
}

/**
 * AHP priority vector and consistency of a pairwise comparison matrix (docs/method.md §5(b)).
 *
 * Input: `matrix[i][j]` = judged importance of criterion i over j on Saaty's 1–9 scale (any positive ratio is
 * accepted). Must be square, positive, with a_ii = 1 and a_ji = 1/a_ij within 1e-6; otherwise throws an Error naming
 * the offending cell (0-based).
 * Output:
 * - `weights`: principal (Perron) eigenvector, summing to 1, by power iteration w ← Aw / Σ(Aw) from the
 *   geometric-mean vector until max |Δw| < 1e-12;
 * - `lambdaMax` = (1/n) Σ_i (Aw)_i / w_i (≥ n, = n iff consistent);
 * - `ci` = (λmax − n)/(n − 1), round-off below 0 clamped to 0;
 * - `cr` = CI / RI(n) with Saaty's classic RI table `SAATY_RANDOM_INDEX`; 0 for n ≤ 2, where any reciprocal matrix is
 *   consistent. Accept when cr ≤ `CONSISTENCY_RATIO_LIMIT`.
 * Throws for n > 15, where no RI value is tabulated.
 */
export function ahpWeights(matrix: readonly (readonly number[])[]): AhpResult {
  validatePairwiseMatrix(matrix);
  const n = matrix.length;
  const randomIndex = SAATY_RANDOM_INDEX[n];
  if (randomIndex === undefined) {
    throw new Error(`AHP supports at most ${SAATY_RANDOM_INDEX.length - 1} criteria (no random index for n = ${n})`);
  }

  const product = (w: readonly number[]): number[] => matrix.map((row) => row.reduce((sum, a, j) => sum + a * w[j]!, 0));

  // Start from the geometric-mean (LLS) vector: exact for consistent matrices and close otherwise.
  const geometric = matrix.map((row) => Math.exp(row.reduce((sum, a) => sum + Math.log(a), 0) / n));
  let weights = normalise(geometric);
  let converged = false;
  for (let iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration++) {
    const next = normalise(product(weights));
    converged = next.every((w, i) => Math.abs(w - weights[i]!) < CONVERGENCE_TOLERANCE);
    weights = next;
  }
  if (!converged) throw new Error(`AHP power iteration did not converge in ${MAX_ITERATIONS} iterations`);

  const aw = product(weights);
  const lambdaMax = aw.reduce((sum, value, i) => sum + value / weights[i]!, 0) / n;
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const cr = n <= 2 ? 0 : ci / randomIndex;
  return { weights, lambdaMax, ci, cr };
}

/**
 * The judgement that deviates most from the ratio implied by the AHP weights, with a Saaty-scale suggestion — a hint
 * for revising a matrix whose CR is too high (docs/method.md §5(b): CR > 0.10 → revise the judgements).
 *
 * Input: a valid pairwise matrix (as for `ahpWeights`), n ≥ 2.
 * Output: the upper-triangle cell (i < j) maximising |ln(a_ij · w_j / w_i)| (ties → smallest i, then smallest j),
 * its current value, the implied ratio w_i/w_j and the SAATY_SCALE value nearest to it in log distance (the scale
 * is multiplicative, so 1.4 is nearer to 1 than to 2).
 * One refinement: the implied ratio is first clamped to the scale's range [1/9, 9], so a judgement already at the end
 * of the scale (e.g. 1/9 where the weights imply 1/17, as in Saaty's drinks matrix) is not reported, since it cannot be
 * moved further. If every deviation is small (e.g. a consistent matrix), `suggested` may equal `current`: no
 * revision is indicated.
 * Throws for n < 2 (there is no judgement) and for invalid matrices.
 */
export function mostInconsistentJudgement(matrix: readonly (readonly number[])[]): InconsistentJudgement {
  const { weights } = ahpWeights(matrix);
  const n = weights.length;
  if (n < 2) throw new Error("mostInconsistentJudgement needs at least 2 criteria");
  let worst = { i: 0, j: 1, deviation: -1 };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const reachable = Math.min(SAATY_MAX, Math.max(1 / SAATY_MAX, weights[i]! / weights[j]!));
      const deviation = Math.abs(Math.log(matrix[i]![j]! / reachable));
      if (deviation > worst.deviation) worst = { i, j, deviation };
    }
  }
  const { i, j } = worst;
  const impliedRatio = weights[i]! / weights[j]!;
  return { i, j, current: matrix[i]![j]!, impliedRatio, suggested: nearestSaatyValue(impliedRatio) };
}

/** Nearest SAATY_SCALE value to a positive ratio, in log distance (ties → the smaller value). */
export function nearestSaatyValue(ratio: number): number {
  if (!Number.isFinite(ratio) || ratio <= 0) throw new Error(`ratio must be positive, got ${String(ratio)}`);
  const target = Math.log(ratio);
  let best = SAATY_SCALE[0]!;
  for (const value of SAATY_SCALE) {
    if (Math.abs(Math.log(value) - target) < Math.abs(Math.log(best) - target)) best = value;
  }
  return best;
}

function normalise(values: readonly number[]): number[] {
  const total = values.reduce((sum, v) => sum + v, 0);
  return values.map((v) => v / total);
}
