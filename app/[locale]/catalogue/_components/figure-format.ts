import type { Currency } from "@/lib/catalogue/offer-schema";
import { FORMAT_LOCALE, type Locale } from "@/lib/i18n/locales";

/**
 * Number formatting for the catalogue with a pinned BCP 47 locale, so the server render and
 * the browser agree. Money in the offer's own currency is written with its ISO code
 * ("USD 6.88") because the table mixes currencies; HKD conversions use "HK$".
 */
export function makeFigureFormat(locale: Locale) {
  const tag = FORMAT_LOCALE[locale];
  const hkd = new Intl.NumberFormat(tag, { style: "currency", currency: "HKD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const hkdWhole = new Intl.NumberFormat(tag, { style: "currency", currency: "HKD", maximumFractionDigits: 0 });
  const native = new Map<string, Intl.NumberFormat>();
  const nativeFormat = (currency: Currency) => {
    let f = native.get(currency);
    if (!f) {
      f = new Intl.NumberFormat(tag, { style: "currency", currency, currencyDisplay: "code" });
      native.set(currency, f);
    }
    return f;
  };
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const collator = new Intl.Collator(tag, { sensitivity: "base", numeric: true });
  return {
    /** HK$53.52 */
    hkd: (amount: number) => hkd.format(amount),
    /** HK$1,200,000 (caps and other large sums) */
    hkdWhole: (amount: number) => hkdWhole.format(amount),
    /** USD 6.88 / CNY 2.40 / JPY 1,234 */
    money: (amount: number, currency: Currency) => nativeFormat(currency).format(amount),
    /** 1,234.5 */
    number: (value: number) => numbers.format(value),
    compare: (a: string, b: string) => collator.compare(a, b),
  };
}
export type FigureFormat = ReturnType<typeof makeFigureFormat>;
