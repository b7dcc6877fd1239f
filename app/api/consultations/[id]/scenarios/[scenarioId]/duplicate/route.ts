import { NextResponse } from "next/server";
import { consultationsText } from "@/lib/consultations/http/api-text";
import { scenarioRoute } from "@/lib/consultations/http/advisor-route";
import { SCENARIO_NAME_MAX } from "@/lib/consultations/scenario-input";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST …/scenarios/{scenarioId}/duplicate → 201 `{ id }`: a copy with the same frozen result, named "… (copy)". */
export const POST = scenarioRoute({ mutating: true }, async ({ params: { id }, scenario: source, repo, locale, notFound }) => {
  const name = consultationsText(locale)("scenario.copyName", { name: source.name }).slice(0, SCENARIO_NAME_MAX);
  const { input, snapshot, catalogueVersion, computedOn } = source;
  const [copy] = (await repo.addScenarios(id, [{ name, source: "duplicate", input, snapshot, catalogueVersion, computedOn }])) ?? [];
  if (!copy) return notFound();
  return NextResponse.json({ id: copy.id, scenario: copy }, { status: 201 });
});
