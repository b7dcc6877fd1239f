import "server-only";
import { randomBytes } from "node:crypto";
import { getIronSession, type IronSession } from "iron-session";
import { cookies } from "next/headers";
import { sessionSecret } from "./session-secret";

export type SessionData = { advisorId?: string; email?: string; csrfToken?: string };

export const SESSION_COOKIE = "ca_session";
/** Sessions last a working day (seconds). */
export const SESSION_TTL_S = 12 * 60 * 60;

/** True when the request reached us over HTTPS (directly or through a proxy that says so). */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded ? forwarded === "https" : new URL(request.url).protocol === "https:";
}

/**
 * The sealed session cookie (iron-session): httpOnly, SameSite=Lax, Secure when served over
 * HTTPS. `secure` only matters when the session is saved (route handlers); pages only read it.
 */
export async function getSession(secure = false): Promise<IronSession<SessionData>> {
  const store = await cookies();
  const options = {
    password: sessionSecret(),
    cookieName: SESSION_COOKIE,
    ttl: SESSION_TTL_S,
    cookieOptions: { httpOnly: true, sameSite: "lax" as const, secure, path: "/" },
  };
  try {
    return await getIronSession<SessionData>(store, options);
  } catch {
    // iron-session treats an expired or badly signed seal as no session, but throws on other
    // malformed ones ("Wrong mac prefix", a bad base64 part): a cookie a client tampered with
    // or truncated. That is client input, not a server fault: start a fresh session, as if
    // the cookie were absent (saving it replaces the bad one).
    return getIronSession<SessionData>(withoutCookie(store, SESSION_COOKIE), options);
  }
}

type CookieStore = Awaited<ReturnType<typeof cookies>>;

/** `store` as if it held no cookie called `name` (writes still go through). */
function withoutCookie(store: CookieStore, name: string): Pick<CookieStore, "get" | "set"> {
  return { get: ((n: string) => (n === name ? undefined : store.get(n))) as CookieStore["get"], set: store.set.bind(store) };
}

export function newCsrfToken(): string {
  return randomBytes(32).toString("base64url");
}
