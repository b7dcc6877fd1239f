import { NextResponse } from "next/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { createScenarioSchema, parseWithNeeds, scenarioInputFrom } from "@/lib/consultations/consultation-requests";
import { apiError, invalidRequest, localeOf, readJson } from "@/lib/consultations/http/route-kit";
import { computeToday } from "@/lib/consultations/scenario-service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/consultations/{id}/scenarios */
export async function GET(request: Request, { params }: Ctx) {
  const { id } = await params;
  const guard = await guardAdvisorRoute(request, { mutating: false });
  if (!guard.ok) return guard.response;
  if (!(await guard.repo.getConsultation(id))) return apiError(404, "not-found", localeOf(request));
  return NextResponse.json({ scenarios: await guard.repo.listScenarios(id) });
}

/**
 * POST /api/consultations/{id}/scenarios `{ name, needs, weights?, method?, currency? }` →
 * 201 `{ id, result }`: computed with today's catalogue and frozen with its version.
 */
export async function POST(request: Request, { params }: Ctx) {
  const { id } = await params;
  const locale = localeOf(request);
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  const body = await readJson(request, locale);
  if (!body.ok) return body.response;
  const parsed = parseWithNeeds(createScenarioSchema, body.body, catalogue);
  if (!parsed.ok) return invalidRequest(parsed.issues, locale);
  const computed = computeToday(scenarioInputFrom(parsed.value));
  const saved = await guard.repo.addScenarios(id, [{ name: parsed.value.name, source: "advisor", ...computed }]);
  if (!saved?.[0]) return apiError(404, "not-found", locale);
  const s = saved[0];
  return NextResponse.json(
    { id: s.id, result: s.snapshot.result, catalogueVersion: s.catalogueVersion, computedOn: s.computedOn },
    { status: 201 },
  );
}
