import { NextResponse } from "next/server";
import { diffResults } from "@/lib/consultations/diff-results";
import { scenarioRoute } from "@/lib/consultations/http/advisor-route";
import { computeToday } from "@/lib/consultations/scenario-service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET …/scenarios/{scenarioId}/recompute — what today's catalogue would change (ranks, costs,
 * entering / leaving options), without saving. PATCH the scenario with `{ recompute: true }` to keep it.
 */
export const GET = scenarioRoute({ mutating: false }, async ({ scenario }) => {
  const next = computeToday(scenario.input);
  return NextResponse.json({
    diff: diffResults(scenario.snapshot.result, next.snapshot.result),
    computedOn: next.computedOn,
    savedOn: scenario.computedOn,
  });
});
