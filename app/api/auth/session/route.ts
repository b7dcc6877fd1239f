import { NextResponse } from "next/server";
import { authRequired } from "@/lib/auth/auth-config";
import { getSession, isHttps, newCsrfToken } from "@/lib/auth/session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/auth/session — `{ authRequired, signedIn, email, csrfToken }`. Issues the session
 * cookie and its CSRF token on first call; pages send the token back in `x-csrf-token`.
 */
export async function GET(request: Request) {
  const session = await getSession(isHttps(request));
  if (!session.csrfToken) {
    session.csrfToken = newCsrfToken();
    await session.save();
  }
  return NextResponse.json(
    { authRequired: authRequired(), signedIn: Boolean(session.advisorId), email: session.email ?? null, csrfToken: session.csrfToken },
    { headers: { "cache-control": "no-store" } },
  );
}
