import { NextResponse } from "next/server";
import { patchScenarioSchema } from "@/lib/consultations/consultation-requests";
import { advisorBodyRoute, advisorRoute, scenarioRoute, zodBody } from "@/lib/consultations/http/advisor-route";
import { computeToday } from "@/lib/consultations/scenario-service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const params = ["id", "scenarioId"] as const;

/** GET /api/consultations/{id}/scenarios/{scenarioId} — the scenario with its frozen result. */
export const GET = scenarioRoute({ mutating: false }, async ({ scenario }) => NextResponse.json({ scenario }));

/** PATCH `{ name?, position?, recompute?: true }` — rename, move, or freeze a result from today's catalogue. */
export const PATCH = advisorBodyRoute(
  { params },
  zodBody(patchScenarioSchema),
  async ({ params: { id, scenarioId }, repo, body: { recompute, ...patch }, notFound }) => {
    let scenario = await repo.getScenario(id, scenarioId);
    if (!scenario) return notFound();
    if (recompute) scenario = await repo.replaceScenarioResult(id, scenarioId, computeToday(scenario.input));
    if (scenario && (patch.name !== undefined || patch.position !== undefined)) scenario = await repo.updateScenario(id, scenarioId, patch);
    if (!scenario) return notFound();
    return NextResponse.json({ scenario });
  },
);

/** DELETE /api/consultations/{id}/scenarios/{scenarioId} */
export const DELETE = advisorRoute({ mutating: true, params }, async ({ params: { id, scenarioId }, repo, notFound }) => {
  if (!(await repo.deleteScenario(id, scenarioId))) return notFound();
  return NextResponse.json({ deleted: scenarioId });
});
