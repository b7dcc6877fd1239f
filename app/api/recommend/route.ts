import type { z } from "zod";
import { catalogue } from "@/lib/catalogue/catalogue";
import { parseRecommendRequest } from "@/lib/api/recommend-request";
import { publicHints, recommendResponse } from "@/lib/api/recommend-response";
import { RESPONSE_FIELDS, RESPONSE_INCLUDES, recommendSummary, type ResponseFields } from "@/lib/api/recommend-summary";
import { requestLocale } from "@/lib/api/request-locale";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { API_NO_STORE, apiError } from "@/lib/http/api-error";
import { guardBodyRoute } from "@/lib/http/handle-request";
import { bodyLimits, readJsonBody } from "@/lib/http/read-json-body";
import { recommend } from "@/lib/domain/scoring/recommend";
import { hintsFor } from "@/lib/domain/hints/hints-for";
import { rankByTopsis } from "@/lib/domain/scoring/rank-by-topsis";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { normaliseWeights } from "@/lib/domain/factors";
import { customMessage, localiseIssues } from "@/lib/validation/localise-issues";
import { answerCacheFor, answerCacheLimits, answerKey } from "@/lib/api/answer-cache";
import { encodeJson } from "@/lib/api/encode-json";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Read once per process: 256 KiB, and REQUEST_BODY_TIMEOUT_MS (default 10 s) for the whole body.
const LIMITS = bodyLimits(process.env);
// RECOMMEND_CACHE_ENTRIES / RECOMMEND_CACHE_MB, read once per process (lib/api/answer-cache.ts).
const CACHE_LIMITS = answerCacheLimits(process.env);
const JSON_NO_STORE = { ...API_NO_STORE, "Content-Type": "application/json" } as const;

const isFields = (v: string): v is ResponseFields => (RESPONSE_FIELDS as readonly string[]).includes(v);

/** `?include=a,b`: the parts asked for, and an issue per unknown one (path `include`). */
function includes(raw: string | null): { hints: boolean; issues: z.core.$ZodIssue[] } {
  const parts = (raw ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const unknown = parts.filter((p) => !(RESPONSE_INCLUDES as readonly string[]).includes(p));
  return {
    hints: parts.includes("hints"),
    issues: unknown.map((u) => ({ code: "invalid_value", values: [...RESPONSE_INCLUDES], path: ["include"], message: "", input: u }) as z.core.$ZodIssue),
  };
}

/**
 * POST /api/recommend — body `{ needs, weights?, method? }`; `?fields=summary` for the compact
 * answer; `?include=hints` adds the closest misses and what-ifs (weighted-sum only; opt-in, as
 * they cost a few more engine runs; the advisor page computes its own in the browser). 400 lists every field error in the caller's language (?lang= or Accept-Language);
 * 413 over 256 KiB (counted in bytes, as they arrive), 408 for a body slower than the
 * deadline; never 5xx for client input.
 */
export async function POST(request: Request) {
  // Not behind proxy.ts (it would buffer the body first): rate limit and headers here.
  const { refused, finish } = guardBodyRoute(request);
  return refused ?? finish(await answer(request));
}

async function answer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = requestLocale(request.url, request.headers.get("accept-language"));
  const read = await readJsonBody(request, LIMITS);
  if (!read.ok && read.reason !== "invalid-json") {
    // Connection: close — the rest of an oversized or stalled body is not worth reading.
    return read.reason === "too-large"
      ? apiError("payload-too-large", 413, { Connection: "close" })
      : apiError("request-timeout", 408, { Connection: "close" });
  }
  const fieldsParam = url.searchParams.get("fields") ?? "full";
  const include = includes(url.searchParams.get("include"));
  const fieldsIssues: z.core.$ZodIssue[] = [
    ...(isFields(fieldsParam) ? [] : [{ code: "invalid_value", values: [...RESPONSE_FIELDS], path: ["fields"], message: "", input: fieldsParam } as z.core.$ZodIssue]),
    ...include.issues,
  ];
  if (!read.ok) {
    return Response.json(
      {
        error: "invalid-request",
        issues: [
          { path: "", field: "", code: "invalid_json", message: customMessage("invalid-json", locale) ?? "invalid JSON" },
          ...localiseIssues(fieldsIssues, locale),
        ],
      },
      { status: 400, headers: API_NO_STORE },
    );
  }
  // Today in Hong Kong: a start date before it is refused (400 naming startBy).
  const referenceDate = hongKongDate(new Date());
  const parsed = parseRecommendRequest(read.value, catalogue, { today: referenceDate });
  if (!parsed.ok || fieldsIssues.length > 0) {
    return Response.json(
      { error: "invalid-request", issues: localiseIssues([...(parsed.ok ? [] : parsed.issues), ...fieldsIssues], locale) },
      { status: 400, headers: API_NO_STORE },
    );
  }
  const { needs, weights, method } = parsed.value;
  const fields = fieldsParam === "summary" ? "summary" : "full";
  // Hints' ranks are weighted-sum ranks: sent with that method only, and only when asked for.
  const withHints = include.hints && method !== "topsis";
  // A repeated question gets the same bytes again (answer-cache.ts says why that is safe).
  const cache = answerCacheFor(catalogue, CACHE_LIMITS);
  const key = answerKey({ request: parsed.value, catalogueVersion: catalogue.version, referenceDate, locale, fields, hints: withHints });
  const cached = cache.get(key);
  if (cached !== undefined) return new Response(cached, { headers: JSON_NO_STORE });
  const w = weights ? normaliseWeights(weights) : DEFAULT_WEIGHTS;
  const ws = recommend(needs, w, catalogue, { referenceDate });
  const rec = method === "topsis" ? rankByTopsis(ws) : ws;
  const hints = withHints ? hintsFor(needs, w, catalogue, { referenceDate, base: ws }) : undefined;
  const body =
    fields === "summary" ? { ...recommendSummary(rec, locale), ...(hints && { hints: publicHints(hints) }) } : recommendResponse(rec, locale, hints);
  const bytes = encodeJson(JSON.stringify(body));
  cache.set(key, bytes);
  return new Response(bytes, { headers: JSON_NO_STORE });
}
