import { NextResponse } from "next/server";
import { rankingToCsv } from "@/app/[locale]/_advisor/csv-export";
import { catalogue } from "@/lib/catalogue/catalogue";
import { normaliseWeights } from "@/lib/domain/factors";
import { reasonText } from "@/lib/explain/reason-text";
import { downloadName } from "@/lib/consultations/download-name";
import { scenarioRoute } from "@/lib/consultations/http/advisor-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET …/export.csv?lang= — the frozen ranking as CSV (same columns as the advisor's export), in the scenario's currency. */
export const GET = scenarioRoute({ mutating: false }, async ({ scenario, locale }) => {
  const { needs, weights, method, currency } = scenario.input;
  const csv = rankingToCsv(scenario.snapshot.result, currency, catalogue.fx, locale, {
    needs,
    weights: normaliseWeights(weights),
    method,
    reasonText: (r) => reasonText(r, locale),
  });
  return new NextResponse(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${downloadName(scenario.name, "csv")}"`,
    },
  });
});
