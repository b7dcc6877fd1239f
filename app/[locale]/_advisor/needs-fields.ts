import type { FieldErrors, Path, UseFormRegister } from "react-hook-form";
import type { FieldLabels } from "@/lib/validation/field-labels";
import { errorMessage } from "./error-message";
import type { NeedsFormValues } from "./needs-form-values";

/**
 * How the needs form names its fields, one home for every section of it: a field's element id
 * (`idPrefix` keeps two forms on a page apart), its label (the same labels the validation
 * messages use) and its error all derive from its dotted path. `at(path)` gives FormField the
 * id and the error together, so they can never point at different fields; `select(path)` gives
 * SelectField those, the label and the field's registration.
 */
export function needsFields(
  idPrefix: string,
  fieldLabels: FieldLabels,
  errors: FieldErrors<NeedsFormValues>,
  register: UseFormRegister<NeedsFormValues>,
) {
  const id = (path: string) => `${idPrefix}-${path.replace(/\./g, "-")}`;
  const label = (path: string) => fieldLabels[path] ?? path;
  const err = (path: string): string | undefined => errorMessage(errors, path);
  const at = (path: string) => ({ id: id(path), error: err(path) });
  const select = (path: Path<NeedsFormValues>) => ({ field: at(path), label: label(path), registration: register(path) });
  return { idPrefix, id, label, err, at, select };
}

export type NeedsFields = ReturnType<typeof needsFields>;
