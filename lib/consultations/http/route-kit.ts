import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { requestLocale } from "@/lib/api/request-locale";
import { bodyLimits, readJsonBody } from "@/lib/http/read-json-body";
import type { Locale } from "@/lib/i18n/locales";
import { localiseIssues, type LocalisedIssue } from "@/lib/validation/localise-issues";
import { validationTranslator } from "@/lib/validation/validation-messages";
import { apiErrorText, fieldLabel, validationText, type ApiErrorCode } from "./api-text";

/** 2 MiB (a scenario export with its frozen result), counted in bytes as they stream in. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
// REQUEST_BODY_TIMEOUT_MS (default 10 s) for the whole body, read once per process.
const TIMEOUT_MS = bodyLimits(process.env).timeoutMs;

export function localeOf(request: Request): Locale {
  return requestLocale(request.url, request.headers.get("accept-language"));
}

/** `{ error, message }` in the caller's language, with the status that goes with it. */
export function apiError(status: number, code: ApiErrorCode, locale: Locale, headers?: Record<string, string>) {
  return NextResponse.json({ error: code, message: apiErrorText(locale, code) }, { status, headers });
}

/**
 * zod issues → one localised entry per problem, each naming its field. Needs and weights use
 * the advisor form's labels (localiseIssues); consultation and scenario fields use the labels
 * in consultations.json › fields.
 */
export function localiseRequestIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): LocalisedIssue[] {
  const t = validationTranslator(locale);
  return localiseIssues(issues, locale).map((issue, i) => {
    const label = fieldLabel(locale, issue.path.split(".")[0] ?? "");
    const own = issues[i]?.code === "custom" ? validationText(locale, (issues[i]!.params as { key?: string } | undefined)?.key) : undefined;
    const field = label && !issue.path.startsWith("needs") && !issue.path.startsWith("weights") ? label : issue.field;
    // The advisor's message is "field: detail" (validation.fieldMessage); keep its detail, name our own field.
    const detail = own ?? issue.message.slice(t("fieldMessage", { field: issue.field, message: "" }).length);
    return { ...issue, field, message: t("fieldMessage", { field, message: detail }) };
  });
}

export function invalidRequest(issues: readonly z.core.$ZodIssue[], locale: Locale) {
  return NextResponse.json({ error: "invalid-request", issues: localiseRequestIssues(issues, locale) }, { status: 400 });
}

/**
 * Reads a JSON body through the byte-limited reader (lib/http/read-json-body.ts): 413 past
 * MAX_BODY_BYTES (stops reading there), 408 when the body is slower than the deadline, 400
 * (localised) when it is not JSON. A blank body is `{}`.
 */
export async function readJson(
  request: Request,
  locale: Locale,
): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse }> {
  const read = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES, timeoutMs: TIMEOUT_MS }, { emptyAs: {} });
  if (read.ok) return { ok: true, body: read.value };
  if (read.reason === "too-large") return { ok: false, response: apiError(413, "payload-too-large", locale, { Connection: "close" }) };
  if (read.reason === "timeout") return { ok: false, response: apiError(408, "request-timeout", locale, { Connection: "close" }) };
  return { ok: false, response: apiError(400, "invalid-json", locale) };
}
