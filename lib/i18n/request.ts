import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { FORMATS } from "./formats";
import { NAMESPACES } from "./namespaces";
import { routing } from "./routing";

/**
 * next-intl request configuration (wired in next.config.js). The locale comes from the
 * [locale] segment via setRequestLocale; anything else (e.g. app/not-found.tsx outside
 * the segment) falls back to the default locale.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const entries = await Promise.all(NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const));
  return {
    locale,
    messages: Object.fromEntries(entries),
    formats: FORMATS,
    // Pinned so server and browser render dates identically (no ENVIRONMENT_FALLBACK).
    timeZone: "Asia/Hong_Kong",
  };
});
