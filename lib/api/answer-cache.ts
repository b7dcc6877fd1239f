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
 * Two keys name an answer: the validated request (answerKey), which holds the bytes, and the
 * request's exact text (rawAnswerKey, looked up before parsing), an alias of the first; equal
 * questions written differently share one answer. Bounded in entries (both kinds count) and
 * bytes, least recently used first out.
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

export type RawAnswerKeyParts = Omit<AnswerKeyParts, "request" | "hints"> & {
  /** `?include=hints` asked for (valid values only: checked before the lookup). */
  include: readonly string[];
  /** The request body exactly as it arrived (UTF-8 decoded), before parsing or validation. */
  body: string;
};

/**
 * The first-level key: the request's exact text, looked up before the body is parsed or
 * validated, so a repeated request costs no more than reading it. The same text always
 * parses and validates the same way against the same catalogue on the same Hong Kong day,
 * so it names the same answer; only text that once got a 200 answer is ever stored. The
 * other components come first as one JSON array, which ends where its brackets close, so the
 * text after it cannot make two different keys equal (nor equal an answerKey, which is a
 * JSON array alone). A body that differs only in spacing or key order misses here and meets
 * the canonical answerKey after validation.
 */
export function rawAnswerKey(p: RawAnswerKeyParts): string {
  return JSON.stringify(["raw", p.catalogueVersion, p.referenceDate, p.locale, p.fields, p.include]) + p.body;
}

export type AnswerCacheLimits = { maxEntries: number; maxBytes: number };

/**
 * A least-recently-used map of key → encoded answer, bounded by entry count and total bytes
 * (lru-cache: an answer's size is its bytes plus its key's UTF-16 length). An answer larger
 * than the whole byte budget is not kept; with `maxEntries` 0 nothing is. A key may also be
 * an alias of another key (`alias`): it holds that key, not the bytes, and counts its own
 * and that key's length; reading it reads the other key's answer, which may have gone.
 */
export class AnswerCache {
  private readonly lru: LRUCache<string, Uint8Array<ArrayBuffer> | { aliasOf: string }> | null;

  constructor(readonly limits: AnswerCacheLimits) {
    this.lru =
      limits.maxEntries > 0 && limits.maxBytes > 0
        ? new LRUCache({
            max: limits.maxEntries,
            maxSize: limits.maxBytes,
            sizeCalculation: (answer, key) => ("aliasOf" in answer ? answer.aliasOf.length * 2 : answer.byteLength) + key.length * 2,
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
    const found = this.lru?.get(key);
    if (found === undefined || !("aliasOf" in found)) return found;
    const target = this.lru!.get(found.aliasOf);
    return target === undefined || "aliasOf" in target ? undefined : target;
  }

  set(key: string, answer: Uint8Array<ArrayBuffer>): void {
    this.lru?.set(key, answer);
  }

  /** Makes `key` read `target`'s answer (rawAnswerKey → answerKey). */
  alias(key: string, target: string): void {
    this.lru?.set(key, { aliasOf: target });
  }
}

/**
 * The limits from the environment (README → Configuration): RECOMMEND_CACHE_ENTRIES (default
 * 512 keys, two per answer asked once: about 256 answers; 0 turns the cache off) and
 * RECOMMEND_CACHE_MB (default 32).
 */
export function answerCacheLimits(env: Record<string, string | undefined>): AnswerCacheLimits {
  const int = (raw: string | undefined, fallback: number, max: number) => {
    const n = Number(raw ?? "");
    return raw !== undefined && raw.trim() !== "" && Number.isInteger(n) && n >= 0 && n <= max ? n : fallback;
  };
  return { maxEntries: int(env.RECOMMEND_CACHE_ENTRIES, 512, 100_000), maxBytes: int(env.RECOMMEND_CACHE_MB, 32, 4096) * 1024 * 1024 };
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
