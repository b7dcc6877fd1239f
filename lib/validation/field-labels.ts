import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { fieldLabelTable } from "./validation-messages";

/**
 * Field labels by dot path (array indices replaced by "*"), from the "validation.fields"
 * messages (keys there use "/" for "."). Every field of the request has a label in every UI
 * language, so a validation message always names the field the way the form does.
 */
export type FieldLabels = Readonly<Record<string, string>>;

/** One language's labels: what a page sends the browser instead of all three. */
export function fieldLabelsFor(locale: Locale): FieldLabels {
  return fieldLabelTable(locale);
}

/** Every label in every language, by path (for checks that each field has all three). */
export const FIELD_LABELS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = (() => {
  const tables = Object.fromEntries(LOCALES.map((l) => [l, fieldLabelTable(l)])) as Record<Locale, Readonly<Record<string, string>>>;
  return Object.fromEntries(
    Object.keys(tables.en).map((path) => [
      path,
      Object.fromEntries(LOCALES.map((l) => [l, tables[l][path] ?? ""])) as Record<Locale, string>,
    ]),
  );
})();
