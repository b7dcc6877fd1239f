import { NextResponse } from "next/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import { checkNeedsReferences } from "@/lib/api/recommend-request";
import { checkTableReferences } from "@/lib/consultations/consultation-requests";
import { advisorBodyRoute, zodBody } from "@/lib/consultations/http/advisor-route";
import { invalidRequest } from "@/lib/consultations/http/route-kit";
import { scenarioExportSchema } from "@/lib/consultations/scenario-export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * POST …/scenarios/import with a file from export.json → 201 `{ id }`. The whole file is
 * validated (format, version, needs, snapshot); the frozen result is kept as exported.
 */
export const POST = advisorBodyRoute(
  { params: ["id"] },
  zodBody(scenarioExportSchema),
  async ({ params: { id }, repo, body: f, locale, notFound }) => {
    const refs = [
      ...checkNeedsReferences(f.input.needs, catalogue, ["input", "needs"]),
      ...checkTableReferences(f.input.table, catalogue, ["input", "table"]),
    ];
    if (refs.length > 0) return invalidRequest(refs, locale);
    const [saved] =
      (await repo.addScenarios(id, [
        {
          name: f.name,
          source: "import",
          input: f.input,
          snapshot: f.snapshot as never,
          catalogueVersion: f.catalogueVersion,
          computedOn: f.computedOn,
        },
      ])) ?? [];
    if (!saved) return notFound();
    return NextResponse.json({ id: saved.id, scenario: saved }, { status: 201 });
  },
);
