import type { FieldErrors } from "react-hook-form";
import type { FieldLabels } from "@/lib/validation/field-labels";
import { errorMessage } from "./error-message";
import type { NeedsFormValues } from "./needs-form-values";

/**
 * How the needs form names its fields, one home for every section of it: a field's element id
 * (`idPrefix` keeps two forms on a page apart), its label (the same labels the validation
 * messages use) and its error all derive from its dotted path. `at(path)` gives FormField the
 * id and the error together, so they can never point at different fields.
 */
export function needsFields(idPrefix: string, fieldLabels: FieldLabels, errors: FieldErrors<NeedsFormValues>) {
  const id = (path: string) => `${idPrefix}-${path.replace(/\./g, "-")}`;
  const label = (path: string) => fieldLabels[path] ?? path;
  const err = (path: string): string | undefined => errorMessage(errors, path);
  return { id, label, err, at: (path: string) => ({ id: id(path), error: err(path) }) };
}
