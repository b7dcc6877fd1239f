import { isLocale, type Locale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

/**
 * The language of an API answer: `?lang=` if valid, else the Accept-Language negotiation
 * the pages use (`negotiateLocale`), else English.
 */
export function requestLocale(url: string, acceptLanguage: string | null): Locale {
  return localeOf(new URL(url).searchParams, acceptLanguage);
}

/** requestLocale for a query the route has already parsed. */
export function localeOf(query: URLSearchParams, acceptLanguage: string | null): Locale {
  const lang = query.get("lang");
  return isLocale(lang) ? lang : negotiateLocale(acceptLanguage);
}
