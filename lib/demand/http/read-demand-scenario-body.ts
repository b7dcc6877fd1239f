import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { readJson } from "@/lib/consultations/http/route-kit";
import type { Locale } from "@/lib/i18n/locales";
import { localiseDemandScenarioIssues } from "./demand-scenario-issues";

/**
 * Reads and checks a demand-scenario request body: 413 / 408 / 400 (not JSON) as every
 * advisor route answers them, then a 400 listing every field problem, each named by the
 * demand page's label, in the caller's language.
 */
export async function readDemandScenarioBody<S extends z.ZodType>(
  request: Request,
  locale: Locale,
  schema: S,
): Promise<{ ok: true; value: z.output<S> } | { ok: false; response: NextResponse }> {
  const raw = await readJson(request, locale);
  if (!raw.ok) return raw;
  const parsed = schema.safeParse(raw.body, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    response: NextResponse.json(
      { error: "invalid-request", issues: localiseDemandScenarioIssues(parsed.error.issues, locale) },
      { status: 400 },
    ),
  };
}
