import { NextResponse } from "next/server";
import { advisorRoute } from "@/lib/consultations/http/advisor-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/consultations/{id}/restore — undoes a delete. */
export const POST = advisorRoute({ mutating: true, params: ["id"] }, async ({ params: { id }, repo, notFound }) => {
  const restored = await repo.restoreConsultation(id);
  if (!restored) return notFound();
  return NextResponse.json({ consultation: restored });
});
