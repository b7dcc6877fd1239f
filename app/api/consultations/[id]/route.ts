import { NextResponse } from "next/server";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { patchConsultationSchema } from "@/lib/consultations/consultation-requests";
import { apiError, invalidRequest, localeOf, readJson } from "@/lib/consultations/http/route-kit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/consultations/{id} — the consultation with its scenarios (frozen results included). */
export async function GET(request: Request, { params }: Ctx) {
  const { id } = await params;
  const guard = await guardAdvisorRoute(request, { mutating: false });
  if (!guard.ok) return guard.response;
  const consultation = await guard.repo.getConsultation(id);
  if (!consultation) return apiError(404, "not-found", localeOf(request));
  const scenarios = await guard.repo.listScenarios(id);
  return NextResponse.json({ consultation, scenarios });
}

/** PATCH /api/consultations/{id} — any of client, organisation, advisor, notes. */
export async function PATCH(request: Request, { params }: Ctx) {
  const { id } = await params;
  const locale = localeOf(request);
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  const body = await readJson(request, locale);
  if (!body.ok) return body.response;
  const parsed = patchConsultationSchema.safeParse(body.body, { reportInput: true });
  if (!parsed.success) return invalidRequest(parsed.error.issues, locale);
  const updated = await guard.repo.updateConsultation(id, parsed.data);
  if (!updated) return apiError(404, "not-found", locale);
  return NextResponse.json({ consultation: updated });
}

/** DELETE /api/consultations/{id} — moves it to the bin; POST …/restore undoes it. */
export async function DELETE(request: Request, { params }: Ctx) {
  const { id } = await params;
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  if (!(await guard.repo.deleteConsultation(id))) return apiError(404, "not-found", localeOf(request));
  return NextResponse.json({ deleted: id, restore: `/api/consultations/${id}/restore` });
}
