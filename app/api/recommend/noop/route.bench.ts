import { guardBodyRoute } from "@/lib/http/handle-request";
import { bodyLimits, readJsonBody } from "@/lib/http/read-json-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const LIMITS = bodyLimits(process.env);

/**
 * Benchmark only (compiled when BENCH=1, see next.config.js): the same path through the
 * server as POST /api/recommend — outside the proxy, the guard, the streamed body read —
 * and then nothing: `{ ok: true }`. Its req/s is the ceiling /api/recommend is measured against.
 */
export async function POST(request: Request) {
  const { refused, finish } = guardBodyRoute(request);
  if (refused) return refused;
  const read = await readJsonBody(request, LIMITS);
  return finish(Response.json({ ok: read.ok }, { headers: { "Cache-Control": "no-store" } }));
}
