import type { Currency } from "@/lib/catalogue/offer-schema";
import { formatterFor } from "@/lib/i18n/formatter";
import { FORMAT_LOCALE, type Locale } from "@/lib/i18n/locales";

/**
 * Number formatting for the catalogue on the locale's shared formatter (formatterFor: pinned
 * BCP 47 locale, named formats), so the server render and the browser agree. Money in the
 * offer's own currency is written with its ISO code ("USD 6.88") because the table mixes
 * currencies; HKD conversions use "HK$".
 */
export function makeFigureFormat(locale: Locale) {
  const format = formatterFor(locale);
  // Sorting is not formatting: next-intl has no collator, so this one is built here (once per table).
  const collator = new Intl.Collator(FORMAT_LOCALE[locale], { sensitivity: "base", numeric: true });
  return {
    /** HK$53.52 */
    hkd: (amount: number) => format.number(amount, "money", { currency: "HKD", minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    /** HK$1,200,000 (caps and other large sums) */
    hkdWhole: (amount: number) => format.number(amount, "money", { currency: "HKD", maximumFractionDigits: 0 }),
    /** USD 6.88 / CNY 2.40 / JPY 1,234 */
    money: (amount: number, currency: Currency) => format.number(amount, "money", { currency, currencyDisplay: "code" }),
    /** 1,234.5 */
    number: (value: number) => format.number(value, "decimal2"),
    compare: (a: string, b: string) => collator.compare(a, b),
  };
}
export type FigureFormat = ReturnType<typeof makeFigureFormat>;
