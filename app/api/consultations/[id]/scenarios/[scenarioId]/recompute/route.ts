import { NextResponse } from "next/server";
import { diffResults } from "@/lib/consultations/diff-results";
import { advisorRoute } from "@/lib/consultations/http/advisor-route";
import { computeToday } from "@/lib/consultations/scenario-service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET …/scenarios/{scenarioId}/recompute — what today's catalogue would change (ranks, costs,
 * entering / leaving options), without saving. PATCH the scenario with `{ recompute: true }` to keep it.
 */
export const GET = advisorRoute(
  { mutating: false, params: ["id", "scenarioId"] },
  async ({ params: { id, scenarioId }, repo, notFound }) => {
    const scenario = await repo.getScenario(id, scenarioId);
    if (!scenario) return notFound();
    const next = computeToday(scenario.input);
    return NextResponse.json({
      diff: diffResults(scenario.snapshot.result, next.snapshot.result),
      computedOn: next.computedOn,
      savedOn: scenario.computedOn,
    });
  },
);
