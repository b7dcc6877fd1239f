import { get, type FieldError, type FieldErrors } from "react-hook-form";
import type { NeedsFormValues } from "./needs-form-values";

/** The message of the error at a dotted form path (e.g. "priceOverrides.0.amount"), if any. */
export function errorMessage(errors: FieldErrors<NeedsFormValues>, path: string): string | undefined {
  const e = get(errors, path) as FieldError | undefined;
  return typeof e?.message === "string" ? e.message : undefined;
}
