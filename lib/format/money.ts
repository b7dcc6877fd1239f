import type { FxFile } from "@/lib/catalogue/offer-schema";
import { formatterFor } from "@/lib/i18n/formatter";
import { hkdRate } from "@/lib/domain/cost/hkd-rate";
import type { UiLocale } from "@/lib/validation/localise-issues";

export const DISPLAY_CURRENCIES = ["HKD", "USD", "CNY"] as const;
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number];

/** Converts an HKD amount into the display currency with the catalogue's dated rates. */
export function fromHkd(hkd: number, currency: DisplayCurrency, fx: FxFile): number {
  return hkd / hkdRate(currency, fx);
}

/**
 * An amount already in `currency`, on the locale's shared formatter and the named `money`
 * format: "HK$1,234,567" / "US$158,000" / "HK$1.23M" when compact. Compact figures keep 3
 * significant digits (HK$1.23M, not HK$1M) unless digits are given; plain figures drop the
 * cents from 100 up.
 */
function formatCurrencyAmount(
  amount: number,
  currency: DisplayCurrency,
  locale: UiLocale,
  opts: { compact?: boolean; digits?: number } = {},
): string {
  const notation = opts.compact ? "compact" : "standard";
  return opts.compact && opts.digits === undefined
    ? formatterFor(locale).number(amount, "money", { currency, notation, maximumSignificantDigits: 3 })
    : formatterFor(locale).number(amount, "money", {
        currency,
        notation,
        maximumFractionDigits: opts.digits ?? (Math.abs(amount) >= 100 ? 0 : 2),
        minimumFractionDigits: 0,
      });
}

/** An HKD amount as "HK$1,234,567" (cents below 100): reasons and other HKD-only text. */
export function formatHkd(hkd: number, locale: UiLocale): string {
  return formatCurrencyAmount(hkd, "HKD", locale);
}

/** An HKD amount converted into the display currency and formatted (see formatCurrencyAmount). */
export function formatMoney(
  hkd: number,
  currency: DisplayCurrency,
  fx: FxFile,
  locale: UiLocale,
  opts: { compact?: boolean; digits?: number } = {},
): string {
  return formatCurrencyAmount(fromHkd(hkd, currency, fx), currency, locale, opts);
}

export function formatNumber(n: number, locale: UiLocale, digits = 1): string {
  return formatterFor(locale).number(n, { maximumFractionDigits: digits });
}
