import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import { needsSchema, type Needs } from "@/lib/needs/needs-schema";
import { localiseIssues, type UiLocale } from "@/lib/validation/localise-issues";
import { formPathFor, formValuesToNeedsInput } from "./form-values-to-needs";
import type { NeedsFormValues } from "./needs-form-values";

export type NeedsParse = { ok: true; needs: Needs } | { ok: false; errors: Record<string, FieldError> };

/**
 * Parses the form's values with the one needs schema. Errors are keyed by the form control's
 * path and carry `localiseIssues`' message in the user's language (first issue per field wins).
 */
export function parseNeedsForm(values: NeedsFormValues, locale: UiLocale): NeedsParse {
  // reportInput: the issue carries the NaN of an emptied number input, so the message says
  // "must be a number" rather than "is required".
  const parsed = needsSchema.safeParse(formValuesToNeedsInput(values), { reportInput: true });
  if (parsed.success) return { ok: true, needs: parsed.data };
  const messages = localiseIssues(parsed.error.issues, locale);
  const errors: Record<string, FieldError> = {};
  parsed.error.issues.forEach((issue, i) => {
    const path = formPathFor(issue.path);
    if (errors[path]) return;
    errors[path] = { type: issue.code, message: messages[i]?.message ?? issue.message };
  });
  return { ok: false, errors };
}

/** A react-hook-form resolver over `needsSchema` whose messages name the field in `locale`. */
export function needsResolver(locale: UiLocale): Resolver<NeedsFormValues, unknown, Needs> {
  return (values, _context, options) => {
    const result = parseNeedsForm(values, locale);
    if (result.ok) return { values: result.needs, errors: {} };
    return { values: {}, errors: toNestErrors<NeedsFormValues>(result.errors as FieldErrors, options) };
  };
}
