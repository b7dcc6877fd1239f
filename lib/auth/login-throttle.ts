import type { Repository } from "@/lib/persistence/repository";

/** Failed sign-ins allowed per window: per e-mail address, and per client address. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/**
 * Whether another attempt is refused. Counts live in the database, so the limit holds across
 * restarts and across every instance sharing one PostgreSQL.
 */
export async function loginThrottled(repo: Repository, email: string, ip: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  const [byEmail, byIp] = await Promise.all([repo.countLoginFailures(emailKey(email), since), repo.countLoginFailures(ipKey(ip), since)]);
  return byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordLoginFailure(repo: Repository, email: string, ip: string): Promise<void> {
  await repo.recordLoginFailure(emailKey(email));
  await repo.recordLoginFailure(ipKey(ip));
}

/**
 * The client address: the LAST X-Forwarded-For hop — the address our own proxy saw, as the API
 * rate limit reads it (lib/http/rate-limit-config.ts) — else X-Real-IP, else "direct". The
 * first hop is whatever the client wrote: behind a proxy that appends to the header, keying on
 * it let a client dodge the per-address limit by sending a new address with each attempt.
 */
export function clientAddress(request: Request): string {
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter((h) => h !== "");
  return hops.at(-1) ?? (request.headers.get("x-real-ip")?.trim() || "direct");
}
