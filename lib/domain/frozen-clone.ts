/**
 * A deep copy of plain JSON-like data (objects, arrays, primitives), frozen at every level.
 * The engine shares such values between results (a rule check's need side across all
 * offers of one request, an offer side across requests): frozen, so no reader can change
 * what another reads, and a serialiser may memoise their JSON by identity
 * (lib/api/memo-json.ts). Copying leaves the caller's own objects unfrozen.
 */
export function frozenClone<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Object.isFrozen(value) && isDeepFrozen(value)) return value;
  const copy: unknown = Array.isArray(value)
    ? value.map((v: unknown) => frozenClone(v))
    : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, frozenClone(v)]));
  return Object.freeze(copy) as T;
}

function isDeepFrozen(value: object): boolean {
  for (const v of Object.values(value)) {
    if (typeof v === "object" && v !== null && !(Object.isFrozen(v) && isDeepFrozen(v))) return false;
  }
  return true;
}
