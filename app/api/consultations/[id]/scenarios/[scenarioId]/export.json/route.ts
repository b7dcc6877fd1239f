import { NextResponse } from "next/server";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { apiError, localeOf } from "@/lib/consultations/http/route-kit";
import { exportScenario } from "@/lib/consultations/scenario-export";
import { downloadName } from "@/lib/consultations/download-name";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET …/export.json — the scenario as a versioned, re-importable JSON file. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; scenarioId: string }> }) {
  const { id, scenarioId } = await params;
  const guard = await guardAdvisorRoute(request, { mutating: false });
  if (!guard.ok) return guard.response;
  const scenario = await guard.repo.getScenario(id, scenarioId);
  if (!scenario) return apiError(404, "not-found", localeOf(request));
  return new NextResponse(JSON.stringify(exportScenario(scenario, new Date()), null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${downloadName(scenario.name, "json")}"`,
    },
  });
}
