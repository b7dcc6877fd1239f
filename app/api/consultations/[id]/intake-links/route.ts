import { NextResponse } from "next/server";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { createIntakeLinkSchema } from "@/lib/consultations/consultation-requests";
import { apiError, invalidRequest, localeOf, readJson } from "@/lib/consultations/http/route-kit";
import { hashIntakeToken, intakeLinkState, newIntakeToken } from "@/lib/consultations/intake-token";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET …/intake-links — the consultation's links with their state (tokens are never stored, so never listed). */
export async function GET(request: Request, { params }: Ctx) {
  const { id } = await params;
  const guard = await guardAdvisorRoute(request, { mutating: false });
  if (!guard.ok) return guard.response;
  if (!(await guard.repo.getConsultation(id))) return apiError(404, "not-found", localeOf(request));
  const now = new Date();
  const links = (await guard.repo.listIntakeLinks(id)).map((l) => ({ ...l, state: intakeLinkState(l, now) }));
  return NextResponse.json({ links });
}

/** POST …/intake-links `{ expiresInDays? }` → 201 `{ id, token, path, expiresAt }`; the token is shown this once. */
export async function POST(request: Request, { params }: Ctx) {
  const { id } = await params;
  const locale = localeOf(request);
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  const body = await readJson(request, locale);
  if (!body.ok) return body.response;
  const parsed = createIntakeLinkSchema.safeParse(body.body, { reportInput: true });
  if (!parsed.success) return invalidRequest(parsed.error.issues, locale);
  const token = newIntakeToken();
  const expiresAt = new Date(Date.now() + parsed.data.expiresInDays * 24 * 60 * 60 * 1000).toISOString();
  const link = await guard.repo.createIntakeLink(id, hashIntakeToken(token), expiresAt);
  if (!link) return apiError(404, "not-found", locale);
  return NextResponse.json({ id: link.id, token, path: `/${locale}/intake/${token}`, expiresAt }, { status: 201 });
}
