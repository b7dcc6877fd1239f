import { LRUCache } from "lru-cache";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Locale } from "@/lib/i18n/locales";
import type { RecommendRequest } from "./recommend-request";
import type { ResponseFields } from "./recommend-summary";

/*
 * Encoded answers of POST /api/recommend, kept for requests that repeat (a page of clients
 * asking the same question, a retry, a shared link's scenario). The answer is a pure function
 * of the validated request, the catalogue, the reference date (today in Hong Kong), the
 * language and the `fields` / `include` asked for, and the route is stateless (no cookie,
 * no account, nothing private): so an entry keyed by all of these is the answer any client
 * asking it would get. Only 200 answers are kept. One cache per catalogue object, and the
 * key carries the catalogue's version too, so a new catalogue never meets an old answer.
 * Bounded in entries and bytes, least recently used first out.
 */

export type AnswerKeyParts = {
  /** The request after validation (defaults filled, keys in the schema's order): equal questions, equal text. */
  request: RecommendRequest;
  catalogueVersion: string;
  referenceDate: string;
  locale: Locale;
  fields: ResponseFields;
  hints: boolean;
};

export function answerKey(p: AnswerKeyParts): string {
  return JSON.stringify([p.catalogueVersion, p.referenceDate, p.locale, p.fields, p.hints, p.request]);
}

export type AnswerCacheLimits = { maxEntries: number; maxBytes: number };

/**
 * A least-recently-used map of key → encoded answer, bounded by entry count and total bytes
 * (lru-cache: an answer's size is its bytes plus its key's UTF-16 length). An answer larger
 * than the whole byte budget is not kept; with `maxEntries` 0 nothing is.
 */
export class AnswerCache {
  private readonly lru: LRUCache<string, Uint8Array<ArrayBuffer>> | null;

  constructor(readonly limits: AnswerCacheLimits) {
    this.lru =
      limits.maxEntries > 0 && limits.maxBytes > 0
        ? new LRUCache({
            max: limits.maxEntries,
            maxSize: limits.maxBytes,
            sizeCalculation: (answer, key) => answer.byteLength + key.length * 2,
          })
        : null;
  }

  get size(): number {
    return this.lru?.size ?? 0;
  }

  get totalBytes(): number {
    return this.lru?.calculatedSize ?? 0;
  }

  get(key: string): Uint8Array<ArrayBuffer> | undefined {
    return this.lru?.get(key);
  }

  set(key: string, answer: Uint8Array<ArrayBuffer>): void {
    this.lru?.set(key, answer);
  }
}

/**
 * The limits from the environment (README → Configuration): RECOMMEND_CACHE_ENTRIES (default
 * 256; 0 turns the cache off) and RECOMMEND_CACHE_MB (default 32).
 */
export function answerCacheLimits(env: Record<string, string | undefined>): AnswerCacheLimits {
  const int = (raw: string | undefined, fallback: number, max: number) => {
    const n = Number(raw ?? "");
    return raw !== undefined && raw.trim() !== "" && Number.isInteger(n) && n >= 0 && n <= max ? n : fallback;
  };
  return { maxEntries: int(env.RECOMMEND_CACHE_ENTRIES, 256, 100_000), maxBytes: int(env.RECOMMEND_CACHE_MB, 32, 4096) * 1024 * 1024 };
}

const perCatalogue = new WeakMap<Catalogue, AnswerCache>();

/** The answer cache of one catalogue object (created on first use with `limits`). */
export function answerCacheFor(cat: Catalogue, limits: AnswerCacheLimits): AnswerCache {
  let cache = perCatalogue.get(cat);
  if (!cache) {
    cache = new AnswerCache(limits);
    perCatalogue.set(cat, cache);
  }
  return cache;
}
