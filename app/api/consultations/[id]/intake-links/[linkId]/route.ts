import { NextResponse } from "next/server";
import { advisorRoute } from "@/lib/consultations/http/advisor-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** DELETE …/intake-links/{linkId} — revokes the link at once. */
export const DELETE = advisorRoute({ mutating: true, params: ["id", "linkId"] }, async ({ params: { id, linkId }, repo, notFound }) => {
  if (!(await repo.revokeIntakeLink(id, linkId))) return notFound();
  return NextResponse.json({ revoked: linkId });
});
