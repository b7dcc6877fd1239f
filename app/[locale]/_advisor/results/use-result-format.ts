"use client";

import { useMemo } from "react";
import { formatMoney, formatNumber, fromHkd, type DisplayCurrency } from "@/lib/format/money";
import { FORMAT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { useCatalogue } from "../catalogue-context";

export type ResultFormat = {
  /** HKD amount in the display currency, e.g. "HK$1,234,567". */
  money: (hkd: number, opts?: { compact?: boolean }) => string;
  /** An amount ALREADY in the display currency (chart axes), e.g. "US$12K" when compact. */
  currencyAmount: (amount: number, opts?: { compact?: boolean }) => string;
  /** HKD amount converted to the display currency, as a number (charts). */
  inCurrency: (hkd: number) => number;
  /** A 0–100 score to one decimal. */
  score: (x: number) => string;
  /** Days to one decimal. */
  days: (x: number) => string;
  /** A plain number, `digits` decimals at most. */
  number: (x: number, digits?: number) => string;
  /** An ISO calendar date (YYYY-MM-DD) written the local way, e.g. "22 Apr 2026". */
  date: (iso: string) => string;
  /** A 0–1 share as a percentage, e.g. "45.7%". */
  percent: (share: number, digits?: number) => string;
};

/**
 * Formatters pinned to the UI locale (never the runtime default) and the chosen display
 * currency, converted with the catalogue's dated FX rates. Memoised per locale + currency.
 */
export function useResultFormat(locale: Locale, currency: DisplayCurrency): ResultFormat {
  const { fx } = useCatalogue().catalogue;
  return useMemo(() => {
    const tag = FORMAT_LOCALE[locale];
    // Dates are calendar dates: format them in UTC so no time zone can shift the day.
    const dateFormat = new Intl.DateTimeFormat(tag, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
    const scoreFormat = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const percentFormats = new Map<number, Intl.NumberFormat>();
    const amountFormat = (compact: boolean) =>
      new Intl.NumberFormat(tag, {
        style: "currency",
        currency,
        currencyDisplay: "symbol",
        notation: compact ? "compact" : "standard",
        maximumFractionDigits: compact ? 1 : 0,
      });
    const compactAmount = amountFormat(true);
    const plainAmount = amountFormat(false);
    return {
      money: (hkd, opts) => formatMoney(hkd, currency, fx, locale, opts),
      currencyAmount: (amount, opts) => (opts?.compact ? compactAmount : plainAmount).format(amount),
      inCurrency: (hkd) => fromHkd(hkd, currency, fx),
      score: (x) => scoreFormat.format(x),
      days: (x) => formatNumber(x, locale, 1),
      number: (x, digits = 1) => formatNumber(x, locale, digits),
      date: (iso) => dateFormat.format(new Date(`${iso}T00:00:00Z`)),
      percent: (share, digits = 1) => {
        let f = percentFormats.get(digits);
        if (!f) {
          f = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: 0 });
          percentFormats.set(digits, f);
        }
        return f.format(share);
      },
    };
  }, [locale, currency, fx]);
}
