/** Any next-intl translator, seen only through the two calls a run-time key needs. */
export type KeyedTranslator = { (key: never): string; has(key: never): boolean };

/**
 * The message for a key computed at run time (an engine code, a catalogue id) — or `fallback`
 * (the raw key) when the messages have none, so a new code shows as itself rather than
 * throwing. Static keys go straight through `t(...)`, where tsc checks them.
 */
export function labelOr(t: KeyedTranslator, key: string, fallback: string = key): string {
  return t.has(key as never) ? t(key as never) : fallback;
}
