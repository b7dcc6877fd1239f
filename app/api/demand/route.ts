import { NextResponse } from "next/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { requestLocale } from "@/lib/api/request-locale";
import { demandRequestSchema } from "@/lib/demand/demand-request";
import { demandResponse } from "@/lib/demand/demand-response";
import { resolveCentre } from "@/lib/demand/resolve-centre";
import { analyseDemand, DEFAULT_LAMBDA } from "@/lib/domain/demand/analyse-demand";
import { generatePopulation } from "@/lib/domain/demand/generate-population";
import { scorePopulation } from "@/lib/domain/demand/score-population";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { customMessage, localiseIssues } from "@/lib/validation/localise-issues";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;

/**
 * POST /api/demand — body `{ population: { synthetic: { firms, seed } }, centre: {…}, lambda?,
 * centreConstant? }` (lib/demand/demand-request.ts; firms ≤ MAX_API_FIRMS). Answers the
 * calibration, the centre's captured demand and the 50-point demand curve. 400 lists every
 * field error in the caller's language (?lang= or Accept-Language); never 5xx for client input.
 */
export async function POST(request: Request) {
  const locale = requestLocale(request.url, request.headers.get("accept-language"));
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) {
    return NextResponse.json({ error: "payload-too-large", issues: [] }, { status: 413 });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return NextResponse.json(
      {
        error: "invalid-request",
        issues: [{ path: "", field: "", code: "invalid_json", message: customMessage("invalid-json", locale) ?? "invalid JSON" }],
      },
      { status: 400 },
    );
  }
  const parsed = demandRequestSchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json({ error: "invalid-request", issues: localiseIssues(parsed.error.issues, locale) }, { status: 400 });
  }
  const { population, centre, lambda, centreConstant } = parsed.data;
  const firms = generatePopulation(population.synthetic.firms, population.synthetic.seed);
  const scored = scorePopulation(firms, catalogue, resolveCentre(centre, catalogue), DEFAULT_WEIGHTS, hongKongDate(new Date()));
  const result = analyseDemand(scored, {
    lambda: lambda ?? DEFAULT_LAMBDA,
    centreConstant: centreConstant ?? null,
    lambdaSensitivity: false,
  });
  return NextResponse.json(demandResponse(result));
}
