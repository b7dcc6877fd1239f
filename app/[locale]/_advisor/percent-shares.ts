/**
 * Splits 100% among `values` in proportion, rounded to `decimals` places by the largest-
 * remainder method, so the displayed shares always add up to exactly 100 (e.g. ROC weights
 * 0.45667, 0.25667, 0.15667, 0.09, 0.04 → 45.7, 25.7, 15.6, 9.0, 4.0: conventional rounding would
 * give 45.7 + 25.7 + 15.7 + 9.0 + 4.0 = 100.1). Remainders equal within floating-point noise go
 * to the larger value, then to the earlier one. All zero (or empty) → all zero.
 */
export function percentShares(values: readonly number[], decimals = 1): number[] {
  const scale = 10 ** decimals;
  const units = 100 * scale;
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  if (!(total > 0)) return values.map(() => 0);
  const exact = values.map((v) => (Math.max(0, v) / total) * units);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let left = units - floors.reduce((s, x) => s + x, 0);
  const order = exact
    .map((x, i) => ({ i, rem: x - Math.floor(x + 1e-9) }))
    .sort((a, b) => (Math.abs(b.rem - a.rem) > 1e-9 ? b.rem - a.rem : (values[b.i] ?? 0) - (values[a.i] ?? 0) || a.i - b.i));
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors.map((x) => x / scale);
}
