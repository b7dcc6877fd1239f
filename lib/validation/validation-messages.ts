import { cachedTranslator } from "@/lib/i18n/cached-translator";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en/validation.json";
import zhHK from "@/lib/i18n/messages/zh-HK/validation.json";
import zhCN from "@/lib/i18n/messages/zh-CN/validation.json";

/**
 * The "validation" messages of every locale, imported as data: validation runs on the server
 * (API, CSV import) and in the form's lazily loaded chunk, outside any request or provider,
 * so it reads the files directly and translates with createTranslator.
 */
const MESSAGES = { en, "zh-HK": zhHK, "zh-CN": zhCN } satisfies Record<Locale, typeof en>;

/** The validation translator of one locale, built once per locale (every 400 answer uses one; it caches compiled messages). */
export const validationTranslator = cachedTranslator("validation", MESSAGES);

/** The form labels of one locale by field path ("accelerator.minMemoryGb"; array indices as "*"). */
const labelTables = new Map<Locale, Readonly<Record<string, string>>>();

/** The field labels by dotted path, built once per locale (every 400 answer reads it). */
export function fieldLabelTable(locale: Locale): Readonly<Record<string, string>> {
  let table = labelTables.get(locale);
  if (!table) {
    table = Object.freeze(
      Object.fromEntries(Object.entries(MESSAGES[locale].fields).map(([key, label]) => [key.replaceAll("/", "."), label])),
    );
    labelTables.set(locale, table);
  }
  return table;
}
