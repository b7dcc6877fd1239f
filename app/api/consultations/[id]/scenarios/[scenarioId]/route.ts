import { NextResponse } from "next/server";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { patchScenarioSchema } from "@/lib/consultations/consultation-requests";
import { apiError, invalidRequest, localeOf, readJson } from "@/lib/consultations/http/route-kit";
import { computeToday } from "@/lib/consultations/scenario-service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string; scenarioId: string }> };

/** GET /api/consultations/{id}/scenarios/{scenarioId} — the scenario with its frozen result. */
export async function GET(request: Request, { params }: Ctx) {
  const { id, scenarioId } = await params;
  const guard = await guardAdvisorRoute(request, { mutating: false });
  if (!guard.ok) return guard.response;
  const scenario = await guard.repo.getScenario(id, scenarioId);
  if (!scenario) return apiError(404, "not-found", localeOf(request));
  return NextResponse.json({ scenario });
}

/** PATCH `{ name?, position?, recompute?: true }` — rename, move, or freeze a result from today's catalogue. */
export async function PATCH(request: Request, { params }: Ctx) {
  const { id, scenarioId } = await params;
  const locale = localeOf(request);
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  const body = await readJson(request, locale);
  if (!body.ok) return body.response;
  const parsed = patchScenarioSchema.safeParse(body.body, { reportInput: true });
  if (!parsed.success) return invalidRequest(parsed.error.issues, locale);
  const { recompute, ...patch } = parsed.data;
  let scenario = await guard.repo.getScenario(id, scenarioId);
  if (!scenario) return apiError(404, "not-found", locale);
  if (recompute) scenario = await guard.repo.replaceScenarioResult(id, scenarioId, computeToday(scenario.input));
  if (scenario && (patch.name !== undefined || patch.position !== undefined))
    scenario = await guard.repo.updateScenario(id, scenarioId, patch);
  if (!scenario) return apiError(404, "not-found", locale);
  return NextResponse.json({ scenario });
}

/** DELETE /api/consultations/{id}/scenarios/{scenarioId} */
export async function DELETE(request: Request, { params }: Ctx) {
  const { id, scenarioId } = await params;
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  if (!(await guard.repo.deleteScenario(id, scenarioId))) return apiError(404, "not-found", localeOf(request));
  return NextResponse.json({ deleted: scenarioId });
}
