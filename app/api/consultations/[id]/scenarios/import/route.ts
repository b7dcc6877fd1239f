import { NextResponse } from "next/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { checkNeedsReferences } from "@/lib/api/recommend-request";
import { apiError, invalidRequest, localeOf, readJson } from "@/lib/consultations/http/route-kit";
import { scenarioExportSchema } from "@/lib/consultations/scenario-export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * POST …/scenarios/import with a file from export.json → 201 `{ id }`. The whole file is
 * validated (format, version, needs, snapshot); the frozen result is kept as exported.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const locale = localeOf(request);
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  const body = await readJson(request, locale);
  if (!body.ok) return body.response;
  const parsed = scenarioExportSchema.safeParse(body.body, { reportInput: true });
  if (!parsed.success) return invalidRequest(parsed.error.issues, locale);
  const refs = checkNeedsReferences(parsed.data.input.needs, catalogue, ["input", "needs"]);
  if (refs.length > 0) return invalidRequest(refs, locale);
  const f = parsed.data;
  const [saved] =
    (await guard.repo.addScenarios(id, [
      {
        name: f.name,
        source: "import",
        input: f.input,
        snapshot: f.snapshot as never,
        catalogueVersion: f.catalogueVersion,
        computedOn: f.computedOn,
      },
    ])) ?? [];
  if (!saved) return apiError(404, "not-found", locale);
  return NextResponse.json({ id: saved.id, scenario: saved }, { status: 201 });
}
