import { NextResponse } from "next/server";
import { createIntakeLinkSchema } from "@/lib/consultations/consultation-requests";
import { advisorBodyRoute, advisorRoute, zodBody } from "@/lib/consultations/http/advisor-route";
import { hashIntakeToken, intakeLinkState, newIntakeToken } from "@/lib/consultations/intake-token";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET …/intake-links — the consultation's links with their state (tokens are never stored, so never listed). */
export const GET = advisorRoute({ mutating: false, params: ["id"] }, async ({ params: { id }, repo, notFound }) => {
  if (!(await repo.getConsultation(id))) return notFound();
  const now = new Date();
  const links = (await repo.listIntakeLinks(id)).map((l) => ({ ...l, state: intakeLinkState(l, now) }));
  return NextResponse.json({ links });
});

/** POST …/intake-links `{ expiresInDays? }` → 201 `{ id, token, path, expiresAt }`; the token is shown this once. */
export const POST = advisorBodyRoute(
  { params: ["id"] },
  zodBody(createIntakeLinkSchema),
  async ({ params: { id }, repo, body, locale, notFound }) => {
    const token = newIntakeToken();
    const expiresAt = new Date(Date.now() + body.expiresInDays * 24 * 60 * 60 * 1000).toISOString();
    const link = await repo.createIntakeLink(id, hashIntakeToken(token), expiresAt);
    if (!link) return notFound();
    return NextResponse.json({ id: link.id, token, path: `/${locale}/intake/${token}`, expiresAt }, { status: 201 });
  },
);
