import "server-only";
import type { Reason } from "@/lib/domain/reason";
import { reasonText } from "@/lib/explain/reason-text";
import type { UiLocale } from "@/lib/validation/localise-issues";

/*
 * Most reasons in an API answer repeat from request to request (an offer's security,
 * approval and tool reasons depend only on the catalogue), so their sentences are
 * rendered once per process and language. Bounded: past MAX entries the cache starts over,
 * which costs a re-render, never memory.
 */
const MAX = 20_000;
const cache = new Map<string, string>();

export function cachedReasonText(r: Reason, locale: UiLocale): string {
  const key = `${locale}\u0000${r.code}\u0000${JSON.stringify(r.params)}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = reasonText(r, locale);
    if (cache.size >= MAX) cache.clear();
    cache.set(key, text);
  }
  return text;
}
