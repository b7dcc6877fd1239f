import { NextResponse } from "next/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { parseWithNeeds } from "@/lib/api/recommend-request";
import { intakeSubmissionSchema } from "@/lib/consultations/consultation-requests";
import { consultationsText } from "@/lib/consultations/http/api-text";
import { apiError, invalidRequest, localeOf, readJson } from "@/lib/consultations/http/route-kit";
import { resolveIntakeLink } from "@/lib/consultations/resolve-intake-link";
import { computeToday } from "@/lib/consultations/scenario-service";
import { repository } from "@/lib/persistence/open-repository";
import { sameOriginRequest } from "@/lib/auth/csrf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * POST /api/intake/{token} `{ needs }` — the client's only action: adds a scenario named
 * "Client intake" to the link's consultation. Answers 201 `{ ok: true }` and nothing about the
 * consultation; 404 for an unknown token, 410 for an expired or revoked one.
 * Needs no session, so no CSRF token: the link itself is the credential; cross-site posts are
 * still refused (Fetch-Metadata / Origin).
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const locale = localeOf(request);
  if (!sameOriginRequest(request)) return apiError(403, "csrf", locale);
  const repo = await repository();
  const resolved = await resolveIntakeLink(repo, token, new Date());
  if (!resolved.ok)
    return apiError(resolved.state === "unknown" ? 404 : 410, resolved.state === "unknown" ? "intake-unknown" : "intake-closed", locale);
  const body = await readJson(request, locale);
  if (!body.ok) return body.response;
  const parsed = parseWithNeeds(intakeSubmissionSchema, body.body, catalogue);
  if (!parsed.ok) return invalidRequest(parsed.issues, locale);
  const computed = computeToday({ needs: parsed.value.needs, weights: DEFAULT_WEIGHTS, method: "weighted-sum", currency: "HKD" });
  const saved = await repo.submitIntake(resolved.link.id, {
    name: consultationsText(locale)("intake.scenarioName"),
    source: "intake",
    ...computed,
  });
  if (!saved) return apiError(410, "intake-closed", locale);
  return NextResponse.json({ ok: true }, { status: 201 });
}
