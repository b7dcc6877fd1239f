import "server-only";
import type { NextResponse } from "next/server";
import { apiError, localeOf } from "@/lib/consultations/http/route-kit";
import { repository } from "@/lib/persistence/open-repository";
import type { Repository } from "@/lib/persistence/repository";
import { authRequired } from "./auth-config";
import { csrfOk } from "./csrf";
import { getSession, isHttps } from "./session";

export type Guarded = { ok: true; repo: Repository; advisorId: string | null } | { ok: false; response: NextResponse };

/**
 * The gate of every consultations route: 403 when a mutating request fails the CSRF check,
 * 401 when sign-in is required and there is no live advisor session. Intake links never
 * pass here (they carry no session); they have their own route.
 */
export async function guardAdvisorRoute(request: Request, opts: { mutating: boolean }): Promise<Guarded> {
  const locale = localeOf(request);
  const session = await getSession(isHttps(request));
  const required = authRequired();
  const repo = await repository();
  if (required) {
    const advisor = session.advisorId ? await repo.findAdvisorById(session.advisorId) : null;
    if (!advisor) return { ok: false, response: apiError(401, "unauthorised", locale) };
  }
  if (opts.mutating && !csrfOk(request, session.csrfToken)) return { ok: false, response: apiError(403, "csrf", locale) };
  return { ok: true, repo, advisorId: session.advisorId ?? null };
}
