import { NextResponse } from "next/server";
import { readDemandScenarioBody } from "@/lib/demand/http/read-demand-scenario-body";
import { advisorRoute } from "@/lib/consultations/http/advisor-route";
import { newDemandScenarioSchema } from "@/lib/persistence/demand-scenario-records";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/demand-scenarios — the saved demand scenarios, last changed first. Same sign-in as consultations. */
export const GET = advisorRoute({ mutating: false }, async ({ repo }) => {
  return NextResponse.json({ scenarios: await repo.listDemandScenarios() });
});

/**
 * POST /api/demand-scenarios `{ name, state: { source, firms, seed, centre: {…every control}, lambda,
 * centreConstant } }` → 201 `{ id, scenario }`. 400 names every field (lib/demand/demand-scenario-state.ts).
 */
export const POST = advisorRoute({ mutating: true }, async ({ request, repo, locale }) => {
  const body = await readDemandScenarioBody(request, locale, newDemandScenarioSchema);
  if (!body.ok) return body.response;
  const scenario = await repo.createDemandScenario(body.value);
  return NextResponse.json({ id: scenario.id, scenario }, { status: 201 });
});
