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
import { API_NO_STORE, apiError } from "@/lib/http/api-error";
import { guardBodyRoute } from "@/lib/http/handle-request";
import { bodyLimits, readJsonBody } from "@/lib/http/read-json-body";
import { customMessage, localiseIssues } from "@/lib/validation/localise-issues";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// 16 KiB (the body is a handful of numbers), counted in bytes as they stream in; the body
// deadline is REQUEST_BODY_TIMEOUT_MS (default 10 s), read once per process.
const DEMAND_MAX_BODY_BYTES = 16 * 1024;
const LIMITS = { maxBytes: DEMAND_MAX_BODY_BYTES, timeoutMs: bodyLimits(process.env).timeoutMs };

/**
 * POST /api/demand — body `{ population: { synthetic: { firms, seed } }, centre: {…}, lambda?,
 * centreConstant? }` (lib/demand/demand-request.ts; firms ≤ MAX_API_FIRMS). Answers the
 * calibration, the centre's captured demand and the 50-point demand curve. 400 lists every
 * field error in the caller's language (?lang= or Accept-Language); 413 over 16 KiB, 408 for
 * a body slower than the deadline; never 5xx for client input.
 */
export async function POST(request: Request) {
  // Not behind proxy.ts (it would buffer the body first): rate limit and headers here.
  const { refused, finish } = guardBodyRoute(request);
  return refused ?? finish(await answer(request));
}

async function answer(request: Request): Promise<Response> {
  const locale = requestLocale(request.url, request.headers.get("accept-language"));
  const read = await readJsonBody(request, LIMITS);
  if (!read.ok) {
    if (read.reason === "too-large") return apiError("payload-too-large", 413, { Connection: "close" });
    if (read.reason === "timeout") return apiError("request-timeout", 408, { Connection: "close" });
    return Response.json(
      {
        error: "invalid-request",
        issues: [{ path: "", field: "", code: "invalid_json", message: customMessage("invalid-json", locale) ?? "invalid JSON" }],
      },
      { status: 400, headers: API_NO_STORE },
    );
  }
  const body = read.value;
  const parsed = demandRequestSchema.safeParse(body);
  if (!parsed.success) {
    return Response.json({ error: "invalid-request", issues: localiseIssues(parsed.error.issues, locale) }, { status: 400, headers: API_NO_STORE });
  }
  const { population, centre, lambda, centreConstant } = parsed.data;
  const firms = generatePopulation(population.synthetic.firms, population.synthetic.seed);
  const scored = scorePopulation(firms, catalogue, resolveCentre(centre, catalogue), DEFAULT_WEIGHTS, hongKongDate(new Date()));
  const result = analyseDemand(scored, {
    lambda: lambda ?? DEFAULT_LAMBDA,
    centreConstant: centreConstant ?? null,
    lambdaSensitivity: false,
  });
  return Response.json(demandResponse(result), { headers: API_NO_STORE });
}
