/** A message tree as the JSON files hold it: nested namespaces ending in strings. */
export type MessageTree = { [key: string]: string | MessageTree };

/**
 * The string at a dotted path ("figure.price.perAcceleratorHour") in a message tree, or
 * `undefined` when the path ends early, goes past a string, or names a namespace. For keys
 * computed at run time outside a translator (CSV labels, reason templates); static keys go
 * through `t(...)`, where tsc checks them.
 */
export function messageLeaf(tree: unknown, path: string): string | undefined {
  let node = tree as string | MessageTree | undefined;
  for (const key of path.split(".")) node = typeof node === "object" && node !== null ? node[key] : undefined;
  return typeof node === "string" ? node : undefined;
}
