import { NextResponse } from "next/server";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { apiError, localeOf } from "@/lib/consultations/http/route-kit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/consultations/{id}/restore — undoes a delete. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  const restored = await guard.repo.restoreConsultation(id);
  if (!restored) return apiError(404, "not-found", localeOf(request));
  return NextResponse.json({ consultation: restored });
}
