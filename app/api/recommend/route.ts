import { NextResponse } from "next/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import { parseRecommendRequest } from "@/lib/api/recommend-request";
import { recommendResponse } from "@/lib/api/recommend-response";
import { requestLocale } from "@/lib/api/request-locale";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { recommend } from "@/lib/domain/scoring/recommend";
import { hintsFor } from "@/lib/domain/hints/hints-for";
import { rankByTopsis } from "@/lib/domain/scoring/rank-by-topsis";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { normaliseWeights } from "@/lib/domain/factors";
import { customMessage, localiseIssues } from "@/lib/validation/localise-issues";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 256 * 1024;

/**
 * POST /api/recommend — body `{ needs, weights?, method? }`. 400 lists every field error in
 * the caller's language (?lang= or Accept-Language); never 5xx for client input.
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
  const parsed = parseRecommendRequest(body, catalogue);
  if (!parsed.ok) {
    return NextResponse.json({ error: "invalid-request", issues: localiseIssues(parsed.issues, locale) }, { status: 400 });
  }
  const { needs, weights, method } = parsed.value;
  const w = weights ? normaliseWeights(weights) : DEFAULT_WEIGHTS;
  const referenceDate = hongKongDate(new Date());
  const ws = recommend(needs, w, catalogue, { referenceDate });
  const rec = method === "topsis" ? rankByTopsis(ws) : ws;
  // Hints' ranks are weighted-sum ranks: sent with that method only.
  const hints = method === "topsis" ? undefined : hintsFor(needs, w, catalogue, { referenceDate, base: ws });
  return NextResponse.json(recommendResponse(rec, locale, hints));
}
