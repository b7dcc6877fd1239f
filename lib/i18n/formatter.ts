import { createFormatter } from "use-intl/core";
import { FORMATS } from "./formats";
import { FORMAT_LOCALE, type Locale } from "./locales";

// next-intl types `locale` as the routing locale; the pinned BCP 47 tag (en-HK for "en") is what Intl receives.
/** next-intl's formatter plus country names (Intl.DisplayNames), on one pinned locale. */
export type Formatter = ReturnType<typeof createFormatter> & {
  /** "JP" → "Japan" / "日本"; an unknown code stays as it is. */
  regionName: (isoCountry: string) => string;
};

const cache = new Map<Locale, Formatter>();

/**
 * next-intl's formatter (numbers, dates, lists with the named FORMATS) for a UI locale, on the
 * pinned BCP 47 tag of FORMAT_LOCALE ("en" formats the Hong Kong way: 3 Dec 2026, US$, "A, B
 * and C"), so the server and the browser print the same. One per locale: building Intl
 * formatters costs far more than using them. Client components use useFormat() instead.
 */
export function formatterFor(locale: Locale): Formatter {
  let f = cache.get(locale);
  if (!f) {
    // Built on the first country name asked for, not with the formatter: loading the region names
    // is the dearest Intl construction here (about 20 ms in a phone's hydration task), and only
    // explanations and hints name countries.
    let regions: Intl.DisplayNames | undefined;
    const regionNames = () => (regions ??= new Intl.DisplayNames(FORMAT_LOCALE[locale], { type: "region", fallback: "code" }));
    f = Object.assign(createFormatter({ locale: FORMAT_LOCALE[locale] as Locale, formats: FORMATS, timeZone: "Asia/Hong_Kong" }), {
      regionName: (code: string) => (/^[A-Z]{2}$/.test(code) ? (regionNames().of(code) ?? code) : code),
    });
    cache.set(locale, f);
  }
  return f;
}
