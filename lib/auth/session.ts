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
  return getIronSession<SessionData>(await cookies(), {
    password: sessionSecret(),
    cookieName: SESSION_COOKIE,
    ttl: SESSION_TTL_S,
    cookieOptions: { httpOnly: true, sameSite: "lax", secure, path: "/" },
  });
}

export function newCsrfToken(): string {
  return randomBytes(32).toString("base64url");
}
