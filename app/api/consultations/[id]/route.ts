import { NextResponse } from "next/server";
import { patchConsultationSchema } from "@/lib/consultations/consultation-requests";
import { advisorBodyRoute, advisorRoute, zodBody } from "@/lib/consultations/http/advisor-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/consultations/{id} — the consultation with its scenarios (frozen results included). */
export const GET = advisorRoute({ mutating: false, params: ["id"] }, async ({ params: { id }, repo, notFound }) => {
  const consultation = await repo.getConsultation(id);
  if (!consultation) return notFound();
  const scenarios = await repo.listScenarios(id);
  return NextResponse.json({ consultation, scenarios });
});

/** PATCH /api/consultations/{id} — any of client, organisation, advisor, notes. */
export const PATCH = advisorBodyRoute(
  { params: ["id"] },
  zodBody(patchConsultationSchema),
  async ({ params: { id }, repo, body, notFound }) => {
    const updated = await repo.updateConsultation(id, body);
    if (!updated) return notFound();
    return NextResponse.json({ consultation: updated });
  },
);

/** DELETE /api/consultations/{id} — moves it to the bin; POST …/restore undoes it. */
export const DELETE = advisorRoute({ mutating: true, params: ["id"] }, async ({ params: { id }, repo, notFound }) => {
  if (!(await repo.deleteConsultation(id))) return notFound();
  return NextResponse.json({ deleted: id, restore: `/api/consultations/${id}/restore` });
});
