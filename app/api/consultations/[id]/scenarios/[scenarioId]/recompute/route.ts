import { NextResponse } from "next/server";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { diffResults } from "@/lib/consultations/diff-results";
import { apiError, localeOf } from "@/lib/consultations/http/route-kit";
import { computeToday } from "@/lib/consultations/scenario-service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET …/scenarios/{scenarioId}/recompute — what today's catalogue would change (ranks, costs,
 * entering / leaving options), without saving. PATCH the scenario with `{ recompute: true }` to keep it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; scenarioId: string }> }) {
  const { id, scenarioId } = await params;
  const guard = await guardAdvisorRoute(request, { mutating: false });
  if (!guard.ok) return guard.response;
  const scenario = await guard.repo.getScenario(id, scenarioId);
  if (!scenario) return apiError(404, "not-found", localeOf(request));
  const next = computeToday(scenario.input);
  return NextResponse.json({
    diff: diffResults(scenario.snapshot.result, next.snapshot.result),
    computedOn: next.computedOn,
    savedOn: scenario.computedOn,
  });
}
