/**
 * Whether and how hard /api is rate-limited, from the environment (README → Configuration):
 *
 * - `RATE_LIMIT=1` turns it on, `RATE_LIMIT=0` off; unset, it is on exactly when
 *   `DATABASE_URL` is set (a shared deployment) and off on the embedded single-user setup.
 * - `RATE_LIMIT_PER_MINUTE` (default 120): sustained requests per client per minute.
 * - `RATE_LIMIT_BURST` (default 30): requests a client may make at once.
 */
export type RateLimitConfig = { enabled: false } | { enabled: true; perMinute: number; burst: number };

const positiveInt = (raw: string | undefined, fallback: number): number => {
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new Error(`expected a whole number 1–1,000,000, got "${raw}"`);
  return n;
};

export function rateLimitConfig(env: Record<string, string | undefined>): RateLimitConfig {
  const flag = env.RATE_LIMIT?.trim();
  if (flag !== undefined && flag !== "" && flag !== "0" && flag !== "1") throw new Error(`RATE_LIMIT must be 0 or 1, got "${flag}"`);
  const enabled = flag === "1" || ((flag === undefined || flag === "") && Boolean(env.DATABASE_URL));
  if (!enabled) return { enabled: false };
  return { enabled: true, perMinute: positiveInt(env.RATE_LIMIT_PER_MINUTE, 120), burst: positiveInt(env.RATE_LIMIT_BURST, 30) };
}

/**
 * The client a request is counted against: the last `X-Forwarded-For` hop, which is the
 * address the nearest proxy saw (`next start` sets the header to the socket's address when
 * it is absent). A shared deployment must sit behind a proxy that sets the header, or a
 * client could pick its own key.
 */
export function clientKey(forwardedFor: string | null): string {
  const hops = (forwardedFor ?? "").split(",").map((h) => h.trim()).filter((h) => h !== "");
  return hops.at(-1) ?? "unknown";
}
