import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

/**
 * Locale-prefixed routing: every page lives under /en, /zh-HK or /zh-CN (app/[locale]).
 * There is no middleware/proxy: app/page.tsx negotiates "/" and each layout/page calls
 * setRequestLocale, so the [locale] pages can be rendered statically.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
});
