import { NextResponse } from "next/server";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { apiError, localeOf } from "@/lib/consultations/http/route-kit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** DELETE …/intake-links/{linkId} — revokes the link at once. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string; linkId: string }> }) {
  const { id, linkId } = await params;
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  if (!(await guard.repo.revokeIntakeLink(id, linkId))) return apiError(404, "not-found", localeOf(request));
  return NextResponse.json({ revoked: linkId });
}
