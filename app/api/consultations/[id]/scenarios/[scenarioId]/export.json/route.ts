import { NextResponse } from "next/server";
import { downloadName } from "@/lib/consultations/download-name";
import { advisorRoute } from "@/lib/consultations/http/advisor-route";
import { exportScenario } from "@/lib/consultations/scenario-export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET …/export.json — the scenario as a versioned, re-importable JSON file. */
export const GET = advisorRoute(
  { mutating: false, params: ["id", "scenarioId"] },
  async ({ params: { id, scenarioId }, repo, notFound }) => {
    const scenario = await repo.getScenario(id, scenarioId);
    if (!scenario) return notFound();
    return new NextResponse(JSON.stringify(exportScenario(scenario, new Date()), null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${downloadName(scenario.name, "json")}"`,
      },
    });
  },
);
