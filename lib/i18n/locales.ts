/**
 * The UI locales. Pure constants (no Next / next-intl imports) so unit tests and the
 * Accept-Language negotiation can use them without a framework.
 */
export const LOCALES = ["en", "zh-HK", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The BCP 47 tag used for Intl number/date formatting per UI locale. Pinned (never
 * `undefined`) so the server and the browser format identically; "en" formats the
 * Hong Kong way (HK$, day-month order).
 */
export const FORMAT_LOCALE: Record<Locale, string> = {
  en: "en-HK",
  "zh-HK": "zh-HK",
  "zh-CN": "zh-CN",
};

/** Each locale's name written in its own language, for the language switcher. */
export const LOCALE_AUTONYM: Record<Locale, string> = {
  en: "English",
  "zh-HK": "繁體中文",
  "zh-CN": "简体中文",
};
