import type { z } from "zod";
import { evidenceAnswer } from "@/lib/catalogue/evidence-answer";
import { CATALOGUE_CACHE_CONTROL, matchesEtag } from "@/lib/api/catalogue-response";
import { requestLocale } from "@/lib/api/request-locale";
import { API_NO_STORE } from "@/lib/http/api-error";
import { localiseIssues } from "@/lib/validation/localise-issues";

export const runtime = "nodejs";
// Dynamic so If-None-Match is read; each offer's body is built once per process.
export const dynamic = "force-dynamic";

/**
 * GET /api/catalogue/offers/{id}/evidence — what the pages' lean catalogue leaves out of one
 * offer: its notes and every source with its note (lib/catalogue/offer-evidence.ts). The
 * advisor's expanded row and explanation and the catalogue's offer details fetch it when they
 * open. 400 for an id that is not kebab-case, 404 for an unknown one; ETag + 5-minute max-age
 * like GET /api/catalogue, 304 when If-None-Match names the current ETag.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const answer = evidenceAnswer(id);
  if (!answer.ok) {
    if (answer.error === "offer-unknown") return Response.json({ error: answer.error, issues: [] }, { status: 404, headers: API_NO_STORE });
    // The message in the caller's language, like every other 400; the path stays the route's parameter.
    const invalid = { code: "invalid_format", format: "regex", path: ["id"], message: "", input: id } as unknown as z.core.$ZodIssue;
    const [issue] = localiseIssues([invalid], requestLocale(request.url, request.headers.get("accept-language")));
    return Response.json(
      { error: answer.error, issues: [{ path: ["id"], field: issue!.field, code: issue!.code, message: issue!.message }] },
      { status: 400, headers: API_NO_STORE },
    );
  }
  const headers = { ETag: answer.etag, "Cache-Control": CATALOGUE_CACHE_CONTROL };
  if (matchesEtag(request.headers.get("if-none-match"), answer.etag)) return new Response(null, { status: 304, headers });
  return new Response(answer.json, { headers: { ...headers, "Content-Type": "application/json" } });
}
