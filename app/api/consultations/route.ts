import { NextResponse } from "next/server";
import { z } from "zod";
import { createConsultationSchema } from "@/lib/consultations/consultation-requests";
import { advisorBodyRoute, advisorRoute, zodBody } from "@/lib/consultations/http/advisor-route";
import { invalidRequest } from "@/lib/consultations/http/route-kit";
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
export const GET = advisorRoute({ mutating: false }, async ({ request, repo, locale }) => {
  const url = new URL(request.url);
  const query = listQuerySchema.safeParse({ q: url.searchParams.get("q") ?? undefined, sort: url.searchParams.get("sort") ?? undefined });
  if (!query.success) return invalidRequest(query.error.issues, locale);
  await repo.purgeDeletedConsultations(new Date(Date.now() - UNDO_WINDOW_MS).toISOString());
  const consultations = await repo.listConsultations({ search: query.data.q, sort: query.data.sort });
  return NextResponse.json({ consultations });
});

/** POST /api/consultations `{ client, organisation?, advisor?, notes? }` → 201 `{ id }`. */
export const POST = advisorBodyRoute({}, zodBody(createConsultationSchema), async ({ repo, body }) => {
  const created = await repo.createConsultation(body);
  return NextResponse.json({ id: created.id, consultation: created }, { status: 201 });
});
