import { apiError } from "./api-error";
import { clientKey, rateLimitConfig } from "./rate-limit-config";
import { createTokenBucket, type RateLimiter } from "./token-bucket";

export type HttpEnv = Record<string, string | undefined>;

let current: { forEnv: string; limiter: RateLimiter | null } | null = null;

/** One limiter per server process (proxy and route handlers share it); rebuilt when its settings change (tests). */
function rateLimiter(env: HttpEnv): RateLimiter | null {
  const cfg = rateLimitConfig(env);
  const key = JSON.stringify(cfg);
  if (current?.forEnv !== key) {
    current = {
      forEnv: key,
      limiter: cfg.enabled ? createTokenBucket({ capacity: cfg.burst, refillPerSecond: cfg.perMinute / 60, maxClients: 50_000 }) : null,
    };
  }
  return current.limiter;
}

/** The 429 (with Retry-After) for a client past its API budget, or null to serve it. Off unless configured (rateLimitConfig). */
export function rateLimitedAnswer(headers: Headers, env: HttpEnv, nowMs: number): Response | null {
  const rl = rateLimiter(env);
  if (rl === null) return null;
  const taken = rl.take(clientKey(headers.get("x-forwarded-for")), nowMs);
  return taken.ok ? null : apiError("too-many-requests", 429, { "Retry-After": String(taken.retryAfterSeconds) });
}
