/**
 * `values` with `value` ticked or unticked. With `order`, the result keeps that order (so the
 * same choice always reads, and serialises, the same); without it a new value goes last.
 */
export function toggled<V>(values: readonly V[], value: V, checked: boolean, order?: readonly V[]): V[] {
  if (!checked) return values.filter((x) => x !== value);
  if (values.includes(value)) return [...values];
  return order ? order.filter((x) => x === value || values.includes(x)) : [...values, value];
}
