import { NextResponse } from "next/server";
import { csrfOk } from "@/lib/auth/csrf";
import { getSession, isHttps } from "@/lib/auth/session";
import { apiError, localeOf } from "@/lib/consultations/http/route-kit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/auth/logout — ends the session (cookie cleared). */
export async function POST(request: Request) {
  const session = await getSession(isHttps(request));
  if (!csrfOk(request, session.csrfToken)) return apiError(403, "csrf", localeOf(request));
  session.destroy();
  return NextResponse.json({ signedIn: false });
}
