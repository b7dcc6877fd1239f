import type { z } from "zod";
import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import { needsSchema, type Needs } from "@/lib/needs/needs-schema";
import { checkStartBy } from "@/lib/needs/start-by-rule";
import { localiseIssues, type UiLocale } from "@/lib/validation/localise-issues";
import { formPathFor, formValuesToNeedsInput } from "./form-values-to-needs";
import type { NeedsFormValues } from "./needs-form-values";

export type NeedsParse = { ok: true; needs: Needs } | { ok: false; errors: Record<string, FieldError> };

/** An emptied number input holds NaN (a number input cannot hold other text): that field is missing. */
function emptyAsRequired(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  const input = (issue as { input?: unknown }).input;
  return issue.code === "invalid_type" && typeof input === "number" && Number.isNaN(input) ? { ...issue, input: undefined } : issue;
}

/**
 * Parses the form's values with the one needs schema. Errors are keyed by the form control's
 * path and carry `localiseIssues`' message in the user's language (first issue per field wins).
 * With `today` (YYYY-MM-DD), a start date before it is an error too (checkStartBy).
 */
export function parseNeedsForm(values: NeedsFormValues, locale: UiLocale, today?: string): NeedsParse {
  // reportInput: the issue carries the input, so an emptied number (NaN) reads "is required", as
  // the API says of a missing field, and a wrong type is named as such.
  const input = formValuesToNeedsInput(values);
  const parsed = needsSchema.safeParse(input, { reportInput: true });
  const dateIssues = today === undefined ? [] : checkStartBy(input, today);
  if (parsed.success && dateIssues.length === 0) return { ok: true, needs: parsed.data };
  const issues = [...(parsed.success ? [] : parsed.error.issues.map(emptyAsRequired)), ...dateIssues];
  const messages = localiseIssues(issues, locale);
  const errors: Record<string, FieldError> = {};
  issues.forEach((issue, i) => {
    const path = formPathFor(issue.path);
    if (errors[path]) return;
    errors[path] = { type: issue.code, message: messages[i]?.message ?? issue.message };
  });
  return { ok: false, errors };
}

/**
 * The schema's message for a GPU-hours-per-month figure (derived from a total), or undefined
 * when it is acceptable: the bounds stay in needsSchema, the message names the per-month field.
 */
export function perMonthError(perMonth: number, locale: UiLocale): string | undefined {
  const parsed = needsSchema.shape.gpuHoursPerMonth.safeParse(perMonth, { reportInput: true });
  if (parsed.success) return undefined;
  const issues = parsed.error.issues.map((i) => ({ ...i, path: ["gpuHoursPerMonth", ...i.path] }));
  return localiseIssues(issues, locale)[0]?.message;
}

/** A react-hook-form resolver over `needsSchema` whose messages name the field in `locale`. */
export function needsResolver(locale: UiLocale, today?: string): Resolver<NeedsFormValues, unknown, Needs> {
  return (values, _context, options) => {
    const result = parseNeedsForm(values, locale, today);
    if (result.ok) return { values: result.needs, errors: {} };
    return { values: {}, errors: toNestErrors<NeedsFormValues>(result.errors as FieldErrors, options) };
  };
}
