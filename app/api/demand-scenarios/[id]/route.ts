import { NextResponse } from "next/server";
import { readDemandScenarioBody } from "@/lib/demand/http/read-demand-scenario-body";
import { advisorRoute } from "@/lib/consultations/http/advisor-route";
import { demandScenarioPatchSchema } from "@/lib/persistence/demand-scenario-records";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/demand-scenarios/{id} — one saved demand scenario (404 when there is none with this id). */
export const GET = advisorRoute({ mutating: false, params: ["id"] }, async ({ params: { id }, repo, notFound }) => {
  const scenario = await repo.getDemandScenario(id);
  return scenario ? NextResponse.json({ scenario }) : notFound();
});

/** PATCH /api/demand-scenarios/{id} `{ name?, state? }` (at least one) — rename and/or replace the settings. */
export const PATCH = advisorRoute({ mutating: true, params: ["id"] }, async ({ params: { id }, request, repo, locale, notFound }) => {
  const body = await readDemandScenarioBody(request, locale, demandScenarioPatchSchema);
  if (!body.ok) return body.response;
  const scenario = await repo.updateDemandScenario(id, body.value);
  return scenario ? NextResponse.json({ scenario }) : notFound();
});

/** DELETE /api/demand-scenarios/{id} — removes it for good (the page asks first). */
export const DELETE = advisorRoute({ mutating: true, params: ["id"] }, async ({ params: { id }, repo, notFound }) => {
  return (await repo.deleteDemandScenario(id)) ? NextResponse.json({ deleted: id }) : notFound();
});
