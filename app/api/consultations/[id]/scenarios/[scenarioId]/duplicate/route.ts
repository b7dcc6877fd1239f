import { NextResponse } from "next/server";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { consultationsText } from "@/lib/consultations/http/api-text";
import { apiError, localeOf } from "@/lib/consultations/http/route-kit";
import { SCENARIO_NAME_MAX } from "@/lib/consultations/scenario-input";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST …/scenarios/{scenarioId}/duplicate → 201 `{ id }`: a copy with the same frozen result, named "… (copy)". */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; scenarioId: string }> }) {
  const { id, scenarioId } = await params;
  const locale = localeOf(request);
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  const source = await guard.repo.getScenario(id, scenarioId);
  if (!source) return apiError(404, "not-found", locale);
  const name = consultationsText(locale)("scenario.copyName", { name: source.name }).slice(0, SCENARIO_NAME_MAX);
  const [copy] =
    (await guard.repo.addScenarios(id, [
      {
        name,
        source: "duplicate",
        input: source.input,
        snapshot: source.snapshot,
        catalogueVersion: source.catalogueVersion,
        computedOn: source.computedOn,
      },
    ])) ?? [];
  if (!copy) return apiError(404, "not-found", locale);
  return NextResponse.json({ id: copy.id, scenario: copy }, { status: 201 });
}
