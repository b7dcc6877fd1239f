import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTokenBucket } from "@/lib/http/token-bucket";

describe("createTokenBucket", () => {
  it("serves a burst of `capacity`, then refuses with the seconds until the next token", () => {
    const b = createTokenBucket({ capacity: 3, refillPerSecond: 0.5, maxClients: 10 });
    expect([1, 2, 3].map(() => b.take("a", 0).ok)).toEqual([true, true, true]);
    expect(b.take("a", 0)).toEqual({ ok: false, retryAfterSeconds: 2 });
    // Another client has its own bucket.
    expect(b.take("b", 0).ok).toBe(true);
    // 2 s later one token is back.
    expect(b.take("a", 2000).ok).toBe(true);
    expect(b.take("a", 2000).ok).toBe(false);
  });

  it("never holds more than capacity, however long a client was away", () => {
    const b = createTokenBucket({ capacity: 2, refillPerSecond: 10, maxClients: 10 });
    b.take("a", 0);
    const served = [0, 1, 2].map(() => b.take("a", 3_600_000).ok);
    expect(served).toEqual([true, true, false]);
  });

  it("keeps at most maxClients buckets, forgetting the least recently seen", () => {
    const b = createTokenBucket({ capacity: 1, refillPerSecond: 0.001, maxClients: 2 });
    b.take("a", 0);
    b.take("b", 0);
    b.take("a", 1); // a is now the most recent
    b.take("c", 2); // evicts b
    expect(b.size()).toBe(2);
    expect(b.take("a", 3).ok).toBe(false); // a was kept, still empty
    expect(b.take("b", 3).ok).toBe(true); // b was forgotten: starts again full
  });

  it("over any schedule, serves at most capacity + rate × elapsed requests per client", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.double({ min: 0.1, max: 50, noNaN: true }), fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 300 }), (capacity, rate, gaps) => {
        const b = createTokenBucket({ capacity, refillPerSecond: rate, maxClients: 5 });
        let t = 0;
        let served = 0;
        for (const g of gaps) {
          t += g;
          if (b.take("c", t).ok) served++;
        }
        expect(served).toBeLessThanOrEqual(capacity + Math.floor((rate * t) / 1000) + 1);
      }),
      { numRuns: 300 },
    );
  });

  it("rejects nonsense settings", () => {
    expect(() => createTokenBucket({ capacity: 0, refillPerSecond: 1, maxClients: 1 })).toThrow();
    expect(() => createTokenBucket({ capacity: 1, refillPerSecond: 0, maxClients: 1 })).toThrow();
  });
});
