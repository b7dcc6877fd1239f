/**
 * A per-client token bucket: each client holds up to `capacity` tokens, refilled at
 * `refillPerSecond`; a request takes one or is refused with the seconds until the next
 * token. The clock is an argument (`nowMs`) so tests drive time. At most `maxClients`
 * buckets are kept: the least recently seen client is forgotten first (a forgotten client
 * starts again with a full bucket, which only ever errs on the side of serving it).
 */
export type TokenBucketOptions = { capacity: number; refillPerSecond: number; maxClients: number };

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export type RateLimiter = { take: (client: string, nowMs: number) => TakeResult; size: () => number };

export function createTokenBucket({ capacity, refillPerSecond, maxClients }: TokenBucketOptions): RateLimiter {
  if (!(capacity >= 1) || !(refillPerSecond > 0) || !(maxClients >= 1)) throw new Error("token bucket: capacity ≥ 1, refill > 0, maxClients ≥ 1");
  // Map keeps insertion order: re-inserting on every take makes the first key the least recently seen.
  const buckets = new Map<string, { tokens: number; atMs: number }>();
  return {
    take(client, nowMs) {
      const prev = buckets.get(client);
      const elapsedS = prev ? Math.max(0, nowMs - prev.atMs) / 1000 : 0;
      const tokens = prev ? Math.min(capacity, prev.tokens + elapsedS * refillPerSecond) : capacity;
      buckets.delete(client);
      if (tokens < 1) {
        buckets.set(client, { tokens, atMs: nowMs });
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)) };
      }
      buckets.set(client, { tokens: tokens - 1, atMs: nowMs });
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
      return { ok: true, remaining: Math.floor(tokens - 1) };
    },
    size: () => buckets.size,
  };
}
