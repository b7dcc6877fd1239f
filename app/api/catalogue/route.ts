import { CATALOGUE_CACHE_CONTROL, CATALOGUE_ETAG, CATALOGUE_JSON, matchesEtag } from "@/lib/api/catalogue-response";

export const runtime = "nodejs";
// Dynamic so If-None-Match is read; the body itself is built once per process.
export const dynamic = "force-dynamic";

/**
 * GET /api/catalogue — the validated catalogue; every offer carries its sources (url, asOf,
 * basis, covers). ETag + 5-minute max-age; 304 when If-None-Match names the current ETag.
 */
export function GET(request: Request) {
  const headers = { ETag: CATALOGUE_ETAG, "Cache-Control": CATALOGUE_CACHE_CONTROL };
  if (matchesEtag(request.headers.get("if-none-match"), CATALOGUE_ETAG)) return new Response(null, { status: 304, headers });
  return new Response(CATALOGUE_JSON, { headers: { ...headers, "Content-Type": "application/json" } });
}
