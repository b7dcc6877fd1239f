import { FORMAT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** Number formats of the demand page, pinned to the UI locale's format tag (en → en-HK). */
export function demandFormat(locale: Locale) {
  const tag = FORMAT_LOCALE[locale];
  const int = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const one = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const compact = new Intl.NumberFormat(tag, { notation: "compact", maximumSignificantDigits: 3 });
  const pct = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const hkd = new Intl.NumberFormat(tag, { style: "currency", currency: "HKD", maximumFractionDigits: 0 });
  const hkdCompact = new Intl.NumberFormat(tag, {
    style: "currency",
    currency: "HKD",
    notation: "compact",
    minimumSignificantDigits: 3,
    maximumSignificantDigits: 3,
  });
  const hkdShort = new Intl.NumberFormat(tag, { style: "currency", currency: "HKD", notation: "compact", maximumSignificantDigits: 3 });
  const hkd2 = new Intl.NumberFormat(tag, { style: "currency", currency: "HKD", maximumFractionDigits: 2 });
  return {
    int: (n: number) => int.format(n),
    one: (n: number) => one.format(n),
    two: (n: number) => two.format(n),
    compact: (n: number) => compact.format(n),
    pct: (n: number) => pct.format(n),
    hkd: (n: number) => hkd.format(n),
    /** Three significant digits always (HK$11.0M), for figures shown side by side. */
    hkdCompact: (n: number) => hkdCompact.format(n),
    /** Up to three significant digits (HK$100K), for round bracket edges. */
    hkdShort: (n: number) => hkdShort.format(n),
    price: (n: number) => hkd2.format(n),
  };
}
export type DemandFormat = ReturnType<typeof demandFormat>;
