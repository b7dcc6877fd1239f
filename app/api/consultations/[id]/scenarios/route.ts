import { NextResponse } from "next/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import { parseScenarioBody, scenarioInputFrom } from "@/lib/consultations/consultation-requests";
import { advisorBodyRoute, advisorRoute } from "@/lib/consultations/http/advisor-route";
import { computeToday } from "@/lib/consultations/scenario-service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/consultations/{id}/scenarios */
export const GET = advisorRoute({ mutating: false, params: ["id"] }, async ({ params: { id }, repo, notFound }) => {
  if (!(await repo.getConsultation(id))) return notFound();
  return NextResponse.json({ scenarios: await repo.listScenarios(id) });
});

/**
 * POST /api/consultations/{id}/scenarios `{ name, needs, weights?, method?, currency?, table? }` →
 * 201 `{ id, result }`: computed with today's catalogue and frozen with its version.
 */
export const POST = advisorBodyRoute(
  { params: ["id"] },
  (body) => parseScenarioBody(body, catalogue),
  async ({ params: { id }, repo, body, notFound }) => {
    const computed = computeToday(scenarioInputFrom(body));
    const [s] = (await repo.addScenarios(id, [{ name: body.name, source: "advisor", ...computed }])) ?? [];
    if (!s) return notFound();
    return NextResponse.json(
      { id: s.id, result: s.snapshot.result, catalogueVersion: s.catalogueVersion, computedOn: s.computedOn },
      { status: 201 },
    );
  },
);
