import { NextResponse } from "next/server";
import { downloadName } from "@/lib/consultations/download-name";
import { scenarioRoute } from "@/lib/consultations/http/advisor-route";
import { exportScenario } from "@/lib/consultations/scenario-export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET …/export.json — the scenario as a versioned, re-importable JSON file. */
export const GET = scenarioRoute({ mutating: false }, async ({ scenario }) => {
  return new NextResponse(JSON.stringify(exportScenario(scenario, new Date()), null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${downloadName(scenario.name, "json")}"`,
    },
  });
});
