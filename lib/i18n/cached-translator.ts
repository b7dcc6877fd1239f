import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import type { Messages } from "./app-config";
import type { Locale } from "./locales";

/** A top-level namespace of the messages (next-intl's own key type, so translators keep typed keys). */
type Namespace = keyof Messages & NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * The translator of one namespace, per locale, for code that runs outside any request or
 * provider (route handlers, CSV import, the form's lazily loaded validation chunk). Each
 * locale's translator is built once per process: it caches its compiled messages. Keys stay
 * typed: `cachedTranslator("validation", …)(locale)("required")` fails `tsc` on a wrong key.
 */
export function cachedTranslator<N extends Namespace>(namespace: N, messages: Record<Locale, Messages[N]>) {
  const translatorFor = (locale: Locale) => {
    const loaded: Partial<Messages> = {};
    loaded[namespace] = messages[locale];
    // Only namespace N is loaded and the translator reads nothing else; typing it over all
    // the messages is what keeps its keys checked.
    return createTranslator<Messages, N>({ locale, messages: loaded as Messages, namespace });
  };
  const translators = new Map<Locale, ReturnType<typeof translatorFor>>();
  return (locale: Locale): ReturnType<typeof translatorFor> => {
    let t = translators.get(locale);
    if (!t) {
      t = translatorFor(locale);
      translators.set(locale, t);
    }
    return t;
  };
}
