import { NextResponse } from "next/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import { advisorRoute } from "@/lib/consultations/http/advisor-route";
import { consultationPopulation } from "@/lib/demand/consultation-population";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/demand-population — the saved consultations as a demand population, anonymised:
 * `{ firms, used, skipped }`, one firm per live consultation built from its current scenario's
 * needs only (lib/demand/consultation-population.ts). Same sign-in as consultations.
 */
export const GET = advisorRoute({ mutating: false }, async ({ repo }) => {
  const population = consultationPopulation(await repo.listCurrentScenarioNeeds(), catalogue);
  return NextResponse.json(population, { headers: { "Cache-Control": "no-store" } });
});
