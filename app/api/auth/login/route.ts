import { NextResponse } from "next/server";
import { z } from "zod";
import { csrfOk } from "@/lib/auth/csrf";
import { clientAddress, emailKey, LOGIN_WINDOW_MS, loginThrottled, recordLoginFailure } from "@/lib/auth/login-throttle";
import { verifyPassword } from "@/lib/auth/password";
import { getSession, isHttps, newCsrfToken } from "@/lib/auth/session";
import { apiError, invalidRequest, localeOf, readJson } from "@/lib/consultations/http/route-kit";
import { repository } from "@/lib/persistence/open-repository";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const loginSchema = z.object({ email: z.email().max(320), password: z.string().min(1).max(1000) }).strict();

/**
 * POST /api/auth/login `{ email, password }`. 429 (with Retry-After) once the e-mail or the
 * client address has failed too often in the window, even with the right password; 401 for a
 * wrong e-mail or password (the same answer, in the same time, for both).
 */
export async function POST(request: Request) {
  const locale = localeOf(request);
  const session = await getSession(isHttps(request));
  if (!csrfOk(request, session.csrfToken)) return apiError(403, "csrf", locale);
  const body = await readJson(request, locale);
  if (!body.ok) return body.response;
  const parsed = loginSchema.safeParse(body.body, { reportInput: true });
  if (!parsed.success) return invalidRequest(parsed.error.issues, locale);
  const { email, password } = parsed.data;
  const repo = await repository();
  const ip = clientAddress(request);
  if (await loginThrottled(repo, email, ip, new Date())) {
    return apiError(429, "too-many-attempts", locale, { "retry-after": String(Math.ceil(LOGIN_WINDOW_MS / 1000)) });
  }
  const advisor = await repo.findAdvisorByEmail(email);
  if (!(await verifyPassword(password, advisor?.passwordHash ?? null)) || !advisor) {
    await recordLoginFailure(repo, email, ip);
    return apiError(401, "bad-credentials", locale);
  }
  await repo.clearLoginFailures(emailKey(email));
  session.advisorId = advisor.id;
  session.email = advisor.email;
  // A fresh CSRF token at sign-in: one fixed before sign-in cannot be replayed after it.
  session.csrfToken = newCsrfToken();
  await session.save();
  return NextResponse.json({ signedIn: true, email: advisor.email, csrfToken: session.csrfToken });
}
