import { catalogue } from "@/lib/catalogue/catalogue";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { requestLocale } from "@/lib/api/request-locale";
import { demandRequestSchema, type DemandRequest } from "@/lib/demand/demand-request";
import { demandResponse } from "@/lib/demand/demand-response";
import { resolveCentre } from "@/lib/demand/resolve-centre";
import { analyseDemand, DEFAULT_LAMBDA } from "@/lib/domain/demand/analyse-demand";
import { generatePopulation } from "@/lib/domain/demand/generate-population";
import { scorePopulation } from "@/lib/domain/demand/score-population";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { consultationPopulation } from "@/lib/demand/consultation-population";
import { DEMAND_MAX_BODY_BYTES } from "@/lib/demand/demand-limits";
import { firmsFromRows } from "@/lib/demand/population-rows";
import type { Firm } from "@/lib/domain/demand/firm";
import type { Locale } from "@/lib/i18n/locales";
import type { LocalisedIssue } from "@/lib/validation/localise-issues";
import { API_NO_STORE, apiError } from "@/lib/http/api-error";
import { guardBodyRoute } from "@/lib/http/handle-request";
import { bodyLimits, readJsonBody } from "@/lib/http/read-json-body";
import { customMessage, localiseIssues } from "@/lib/validation/localise-issues";
import { validationTranslator } from "@/lib/validation/validation-messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// 4 MiB (room for MAX_API_ROWS rows of every column), counted in bytes as they stream in; the
// body deadline is REQUEST_BODY_TIMEOUT_MS (default 10 s), read once per process.
const LIMITS = { maxBytes: DEMAND_MAX_BODY_BYTES, timeoutMs: bodyLimits(process.env).timeoutMs };

/**
 * POST /api/demand — body `{ population, centre: {…}, lambda?, centreConstant? }`
 * (lib/demand/demand-request.ts, docs/demand-model.md §7), where `population` is one of
 * `{ synthetic: { firms, seed } }` (firms ≤ MAX_API_FIRMS), `{ rows: [ … ] }` (the CSV import's
 * columns, ≤ MAX_API_ROWS rows) or `{ consultations: {} }` (the saved consultations, anonymised;
 * 401 without an advisor session when sign-in is required). Answers the calibration, the
 * centre's captured demand and the 50-point demand curve; the population's size in the
 * X-Population-Firms and X-Population-Workloads headers. 400 lists every
 * field error in the caller's language (?lang= or Accept-Language), for rows by row index and
 * column; 413 over 4 MiB, 408 for a body slower than the deadline; never 5xx for client input.
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
  const source = await populationFirms(request, population, locale);
  if (!source.ok) return source.response;
  const firms = source.firms;
  const scored = scorePopulation(firms, catalogue, resolveCentre(centre, catalogue), DEFAULT_WEIGHTS, hongKongDate(new Date()));
  const result = analyseDemand(scored, {
    lambda: lambda ?? DEFAULT_LAMBDA,
    centreConstant: centreConstant ?? null,
    lambdaSensitivity: false,
  });
  // The body is the issue's contract; how many firms and workloads it covers goes in headers.
  return Response.json(demandResponse(result), {
    headers: { ...API_NO_STORE, "X-Population-Firms": String(result.firms), "X-Population-Workloads": String(result.workloads) },
  });
}

const invalid = (issues: LocalisedIssue[]) => Response.json({ error: "invalid-request", issues }, { status: 400, headers: API_NO_STORE });

/** The firms of the request's one population source, or the answer refusing it (400 naming rows and columns, 401). */
async function populationFirms(
  request: Request,
  population: DemandRequest["population"],
  locale: Locale,
): Promise<{ ok: true; firms: Firm[] } | { ok: false; response: Response }> {
  if (population.synthetic) return { ok: true, firms: generatePopulation(population.synthetic.firms, population.synthetic.seed) };
  if (population.rows) {
    const r = firmsFromRows(population.rows, catalogue, locale);
    return r.ok ? r : { ok: false, response: invalid(r.issues) };
  }
  // The saved consultations: the advisor guard of the consultation routes (no write, so no CSRF token).
  const guard = await guardAdvisorRoute(request, { mutating: false });
  if (!guard.ok) return guard;
  const { firms } = consultationPopulation(await guard.repo.listCurrentScenarioNeeds(), catalogue);
  if (firms.length > 0) return { ok: true, firms };
  const field = "population.consultations";
  const detail = customMessage("demand-no-consultations", locale) ?? "no saved consultation has a scenario";
  const message = validationTranslator(locale)("fieldMessage", { field, message: detail });
  return { ok: false, response: invalid([{ path: field, field, code: "custom", message }]) };
}
