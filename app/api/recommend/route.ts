import type { z } from "zod";
import { catalogue } from "@/lib/catalogue/catalogue";
import { parseRecommendRequest } from "@/lib/api/recommend-request";
import { publicHints, recommendResponse } from "@/lib/api/recommend-response";
import { DEFAULT_RESPONSE_FIELDS, RESPONSE_FIELDS, RESPONSE_INCLUDES, recommendSummary, type ResponseFields } from "@/lib/api/recommend-summary";
import { localeOf } from "@/lib/api/request-locale";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { API_NO_STORE, apiError } from "@/lib/http/api-error";
import { guardBodyRoute } from "@/lib/http/handle-request";
import { bodyLimits, parseJsonText, readBodyText } from "@/lib/http/read-json-body";
import { recommend } from "@/lib/domain/scoring/recommend";
import { hintsFor } from "@/lib/domain/hints/hints-for";
import { rankByTopsis } from "@/lib/domain/scoring/rank-by-topsis";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { normaliseWeights } from "@/lib/domain/factors";
import { customMessage, localiseIssues } from "@/lib/validation/localise-issues";
import { answerCacheFor, answerCacheLimits, answerKey, rawAnswerKey } from "@/lib/api/answer-cache";
import { encodeJson, jsonBytesResponse } from "@/lib/api/encode-json";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Read once per process: 256 KiB, and REQUEST_BODY_TIMEOUT_MS (default 10 s) for the whole body.
const LIMITS = bodyLimits(process.env);
// RECOMMEND_CACHE_ENTRIES / RECOMMEND_CACHE_MB, read once per process (lib/api/answer-cache.ts).
const CACHE_LIMITS = answerCacheLimits(process.env);
const JSON_NO_STORE = { ...API_NO_STORE, "Content-Type": "application/json" } as const;

const isFields = (v: string): v is ResponseFields => (RESPONSE_FIELDS as readonly string[]).includes(v);

/** `?include=a,b`: the parts asked for, and an issue per unknown one (path `include`). */
function includes(raw: string | null): { parts: string[]; hints: boolean; issues: z.core.$ZodIssue[] } {
  const parts = (raw ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const unknown = parts.filter((p) => !(RESPONSE_INCLUDES as readonly string[]).includes(p));
  return {
    parts,
    hints: parts.includes("hints"),
    issues: unknown.map((u) => ({ code: "invalid_value", values: [...RESPONSE_INCLUDES], path: ["include"], message: "", input: u }) as z.core.$ZodIssue),
  };
}

/**
 * POST /api/recommend — body `{ needs, weights?, method? }`; `?fields=standard` (the default),
 * `full` or `summary` for how much of the answer to send (README → API); `?include=hints` adds
 * the closest misses and what-ifs (weighted-sum only; opt-in, as they cost a few more engine
 * runs; the advisor page computes its own in the browser). 400 lists every field error in the
 * caller's language (?lang= or Accept-Language); 413 over 256 KiB (counted in bytes, as they
 * arrive), 408 for a body slower than the deadline; never 5xx for client input.
 */
export async function POST(request: Request) {
  // Not behind proxy.ts (it would buffer the body first): rate limit and headers here.
  const { refused, finish } = guardBodyRoute(request);
  return refused ?? finish(await answer(request));
}

async function answer(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const locale = localeOf(query, request.headers.get("accept-language"));
  const read = await readBodyText(request, LIMITS);
  if (!read.ok && read.reason !== "invalid-json") {
    // Connection: close — the rest of an oversized or stalled body is not worth reading.
    return read.reason === "too-large"
      ? apiError("payload-too-large", 413, { Connection: "close" })
      : apiError("request-timeout", 408, { Connection: "close" });
  }
  const fieldsParam = query.get("fields") ?? DEFAULT_RESPONSE_FIELDS;
  const include = includes(query.get("include"));
  const fieldsIssues: z.core.$ZodIssue[] = [
    ...(isFields(fieldsParam) ? [] : [{ code: "invalid_value", values: [...RESPONSE_FIELDS], path: ["fields"], message: "", input: fieldsParam } as z.core.$ZodIssue]),
    ...include.issues,
  ];
  // Today in Hong Kong: a start date before it is refused (400 naming startBy).
  const referenceDate = hongKongDate(new Date());
  // A repeated request gets the same bytes again, found by its exact text before any parsing
  // (answer-cache.ts says why both keys are safe).
  const cache = answerCacheFor(catalogue, CACHE_LIMITS);
  const rawKey =
    read.ok && fieldsIssues.length === 0 && isFields(fieldsParam)
      ? rawAnswerKey({ catalogueVersion: catalogue.version, referenceDate, locale, fields: fieldsParam, include: include.parts, body: read.text })
      : null;
  const hit = rawKey === null ? undefined : cache.get(rawKey);
  if (hit !== undefined) return jsonBytesResponse(hit, JSON_NO_STORE);

  const body = read.ok ? parseJsonText(read.text) : read;
  if (!body.ok) {
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
  const parsed = parseRecommendRequest(body.value, catalogue, { today: referenceDate });
  if (!parsed.ok || fieldsIssues.length > 0 || rawKey === null || !isFields(fieldsParam)) {
    return Response.json(
      { error: "invalid-request", issues: localiseIssues([...(parsed.ok ? [] : parsed.issues), ...fieldsIssues], locale) },
      { status: 400, headers: API_NO_STORE },
    );
  }
  const { needs, weights, method } = parsed.value;
  const fields: ResponseFields = fieldsParam;
  // Hints' ranks are weighted-sum ranks: sent with that method only, and only when asked for.
  const withHints = include.hints && method !== "topsis";
  const key = answerKey({ request: parsed.value, catalogueVersion: catalogue.version, referenceDate, locale, fields, hints: withHints });
  const cached = cache.get(key);
  cache.alias(rawKey, key);
  if (cached !== undefined) return jsonBytesResponse(cached, JSON_NO_STORE);
  const w = weights ? normaliseWeights(weights) : DEFAULT_WEIGHTS;
  const ws = recommend(needs, w, catalogue, { referenceDate });
  const rec = method === "topsis" ? rankByTopsis(ws) : ws;
  const hints = withHints ? hintsFor(needs, w, catalogue, { referenceDate, base: ws }) : undefined;
  const answerBody =
    fields === "summary" ? { ...recommendSummary(rec, locale), ...(hints && { hints: publicHints(hints) }) } : recommendResponse(rec, locale, hints, fields);
  const bytes = encodeJson(JSON.stringify(answerBody));
  cache.set(key, bytes);
  return jsonBytesResponse(bytes, JSON_NO_STORE);
}
