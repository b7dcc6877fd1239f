export const CRITERION_TYPES = ["benefit", "cost"] as const;
export type CriterionType = (typeof CRITERION_TYPES)[number];

export type TopsisResult = {
  /** C_i = D_i− / (D_i+ + D_i−) in [0, 1]; higher is better. */
  closeness: number[];
  /** Weighted normalised ideal point A+ per criterion. */
  ideal: number[];
  /** Weighted normalised anti-ideal point A− per criterion. */
  antiIdeal: number[];
};

/** Closeness when an option is at the ideal and the anti-ideal at once (every weighted column is constant). */
const DEGENERATE_CLOSENESS = 0.5;

function validate(matrix: readonly (readonly number[])[], weights: readonly number[], types: readonly CriterionType[]): void {
  const n = weights.length;
  if (n === 0) throw new Error("TOPSIS needs at least one criterion");
  if (types.length !== n) throw new Error(`TOPSIS: ${types.length} criterion types for ${n} weights`);
  weights.forEach((w, j) => {
    if (!Number.isFinite(w) || w < 0) throw new Error(`TOPSIS: weights[${j}] = ${String(w)} must be finite and ≥ 0`);
  });
  types.forEach((t, j) => {
    if (t !== "benefit" && t !== "cost") throw new Error(`TOPSIS: types[${j}] = ${String(t)} is not benefit or cost`);
  });
  matrix.forEach((row, i) => {
    if (row.length !== n) throw new Error(`TOPSIS: row ${i} has ${row.length} values, expected ${n}`);
    row.forEach((x, j) => {
      if (!Number.isFinite(x)) throw new Error(`TOPSIS: matrix[${i}][${j}] = ${String(x)} is not finite`);
    });
  });
}

/**
 * TOPSIS with vector normalisation (Hwang & Yoon 1981; docs/method.md §5(d)).
 *
 * Input: `matrix[i][j]` = raw performance of option i on criterion j (any unit per column, finite); `weights[j]` ≥ 0
 * (the closeness is invariant to scaling the weights, so they need not sum to 1); `types[j]` = "benefit" (higher is
 * better) or "cost" (lower is better). Cost columns are handled only by the choice of ideal point (min) and
 * anti-ideal (max); they are not also inverted (docs/method.md §7).
 * Steps: r_ij = x_ij / sqrt(Σ_i x_ij²), v_ij = w_j r_ij; A+ / A− per column; Euclidean D_i+ and D_i−;
 * C_i = D_i− / (D_i+ + D_i−).
 * Edge cases (no NaN): an all-zero column has norm 0 and is normalised to 0 (it cannot discriminate); an option with
 * D_i+ + D_i− = 0 lies at both the ideal and the anti-ideal, which happens only when every column with a positive
 * weight is constant, i.e. all options tie — it gets the neutral closeness 0.5. No options → empty arrays.
 * Throws for mismatched lengths, non-finite values, negative weights or unknown types.
 */
export function topsis(matrix: readonly (readonly number[])[], weights: readonly number[], types: readonly CriterionType[]): TopsisResult {
  validate(matrix, weights, types);
  const n = weights.length;
  const columns = Array.from({ length: n }, (_, j) => j);
  const norms = columns.map((j) => Math.sqrt(matrix.reduce((sum, row) => sum + row[j]! ** 2, 0)));
  const weighted = matrix.map((row) =>
    row.map((x, j) => {
      const norm = norms[j]!;
      return norm === 0 ? 0 : (weights[j]! * x) / norm;
    }),
  );
  if (weighted.length === 0) return { closeness: [], ideal: [], antiIdeal: [] };

  const columnMax = columns.map((j) => Math.max(...weighted.map((row) => row[j]!)));
  const columnMin = columns.map((j) => Math.min(...weighted.map((row) => row[j]!)));
  const ideal = columns.map((j) => (types[j] === "benefit" ? columnMax[j]! : columnMin[j]!));
  const antiIdeal = columns.map((j) => (types[j] === "benefit" ? columnMin[j]! : columnMax[j]!));

  const distance = (row: readonly number[], point: readonly number[]): number =>
    Math.sqrt(row.reduce((sum, v, j) => sum + (v - point[j]!) ** 2, 0));
  const closeness = weighted.map((row) => {
    const toIdeal = distance(row, ideal);
    const toAntiIdeal = distance(row, antiIdeal);
    const total = toIdeal + toAntiIdeal;
    return total === 0 ? DEGENERATE_CLOSENESS : toAntiIdeal / total;
  });
  return { closeness, ideal, antiIdeal };
}

/**
 * TOPSIS closeness coefficients only; see `topsis` for inputs, units and edge cases (docs/method.md §5(d)).
 * Rank options by descending closeness, breaking ties by lower index.
 */
export function topsisCloseness(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  types: readonly CriterionType[],
): number[] {
  return topsis(matrix, weights, types).closeness;
}
