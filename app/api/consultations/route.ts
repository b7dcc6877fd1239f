import { NextResponse } from "next/server";
import { z } from "zod";
import { guardAdvisorRoute } from "@/lib/auth/route-guard";
import { createConsultationSchema } from "@/lib/consultations/consultation-requests";
import { invalidRequest, localeOf, readJson } from "@/lib/consultations/http/route-kit";
import { UNDO_WINDOW_MS } from "@/lib/consultations/undo-window";
import { CONSULTATION_SORTS } from "@/lib/persistence/repository";
import { storableText } from "@/lib/persistence/storable-text";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const listQuerySchema = z.object({
  q: storableText(z.string().max(200)).optional(),
  sort: z.enum(CONSULTATION_SORTS).default("updated-desc"),
});

/** GET /api/consultations?q=&sort= — the consultations, newest update first by default. */
export async function GET(request: Request) {
  const guard = await guardAdvisorRoute(request, { mutating: false });
  if (!guard.ok) return guard.response;
  const url = new URL(request.url);
  const query = listQuerySchema.safeParse({ q: url.searchParams.get("q") ?? undefined, sort: url.searchParams.get("sort") ?? undefined });
  if (!query.success) return invalidRequest(query.error.issues, localeOf(request));
  await guard.repo.purgeDeletedConsultations(new Date(Date.now() - UNDO_WINDOW_MS).toISOString());
  const consultations = await guard.repo.listConsultations({ search: query.data.q, sort: query.data.sort });
  return NextResponse.json({ consultations });
}

/** POST /api/consultations `{ client, organisation?, advisor?, notes? }` → 201 `{ id }`. */
export async function POST(request: Request) {
  const locale = localeOf(request);
  const guard = await guardAdvisorRoute(request, { mutating: true });
  if (!guard.ok) return guard.response;
  const body = await readJson(request, locale);
  if (!body.ok) return body.response;
  const parsed = createConsultationSchema.safeParse(body.body, { reportInput: true });
  if (!parsed.success) return invalidRequest(parsed.error.issues, locale);
  const created = await guard.repo.createConsultation(parsed.data);
  return NextResponse.json({ id: created.id, consultation: created }, { status: 201 });
}
