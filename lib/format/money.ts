import type { FxFile } from "@/lib/catalogue/offer-schema";
import { FORMAT_LOCALE } from "@/lib/i18n/locales";
import { hkdRate } from "@/lib/domain/cost/hkd-rate";
import type { UiLocale } from "@/lib/validation/localise-issues";

export const DISPLAY_CURRENCIES = ["HKD", "USD", "CNY"] as const;
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number];

/** Converts an HKD amount into the display currency with the catalogue's dated rates. */
export function fromHkd(hkd: number, currency: DisplayCurrency, fx: FxFile): number {
  return hkd / hkdRate(currency, fx);
}

/** "HK$1,234,567" / "US$158,000" / "HK$1.23M" (compact for large figures when asked). */
export function formatMoney(
  hkd: number,
  currency: DisplayCurrency,
  fx: FxFile,
  locale: UiLocale,
  opts: { compact?: boolean; digits?: number } = {},
): string {
  const value = fromHkd(hkd, currency, fx);
  // Compact figures keep 3 significant digits (HK$1.23M, not HK$1M) unless digits are given.
  const precision: Intl.NumberFormatOptions =
    opts.compact && opts.digits === undefined
      ? { maximumSignificantDigits: 3 }
      : { maximumFractionDigits: opts.digits ?? (Math.abs(value) >= 100 ? 0 : 2), minimumFractionDigits: 0 };
  return new Intl.NumberFormat(FORMAT_LOCALE[locale], {
    style: "currency",
    currency,
    currencyDisplay: "symbol",
    notation: opts.compact ? "compact" : "standard",
    ...precision,
  }).format(value);
}

export function formatNumber(n: number, locale: UiLocale, digits = 1): string {
  return new Intl.NumberFormat(FORMAT_LOCALE[locale], { maximumFractionDigits: digits }).format(n);
}
