/** A Map or a WeakMap: what getOrCreate reads and fills. */
export type KeyedStore<K, V> = { get(key: K): V | undefined; set(key: K, value: V): unknown };

/**
 * The value `store` holds for `key`; on the first ask, `create()`'s, stored for the next one.
 * The one home of the "write a text once, then reuse it" caches the results table keeps
 * across re-rankings (pin labels, rank ranges, badge details). `create` must not return undefined.
 */
export function getOrCreate<K, V>(store: KeyedStore<K, V>, key: K, create: () => V): V {
  const found = store.get(key);
  if (found !== undefined) return found;
  const made = create();
  store.set(key, made);
  return made;
}
