import { NextResponse } from "next/server";
import { downloadName } from "@/lib/consultations/download-name";
import { scenarioRoute } from "@/lib/consultations/http/advisor-route";
import { apiError } from "@/lib/consultations/http/route-kit";
import { renderPdf } from "@/lib/consultations/render-pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/consultations/{id}/scenarios/{scenarioId}/report.pdf?lang= — the scenario report as
 * an A4 PDF, printed by headless Chromium from the report page. 503 with an install hint when
 * the server has no Chromium (the report page's Print button still works).
 */
export const GET = scenarioRoute({ mutating: false }, async ({ params: { id, scenarioId }, scenario, request, locale }) => {
  const origin = process.env.INTERNAL_ORIGIN?.replace(/\/$/, "") ?? new URL(request.url).origin;
  const result = await renderPdf(`${origin}/${locale}/consultations/${id}/scenarios/${scenarioId}/report`, request.headers.get("cookie"));
  if (!result.ok) return apiError(503, "pdf-unavailable", locale);
  return new NextResponse(new Uint8Array(result.pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${downloadName(scenario.name, "pdf")}"`,
      "x-pdf-pages": String(result.pages),
      "cache-control": "no-store",
    },
  });
});
