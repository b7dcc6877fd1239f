"use client";

import { useMemo } from "react";
import { useLocale } from "next-intl";
import { formatMoney, formatNumber, fromHkd, type DisplayCurrency } from "@/lib/format/money";
import { formatterFor } from "@/lib/i18n/formatter";
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
 * The result views' formatters: the page locale's shared next-intl formatter (named FORMATS,
 * pinned BCP 47 tag) plus the chosen display currency, converted with the catalogue's dated FX
 * rates. Memoised per locale + currency.
 */
export function useResultFormat(currency: DisplayCurrency): ResultFormat {
  const { fx } = useCatalogue().catalogue;
  const locale = useLocale();
  return useMemo(() => {
    const f = formatterFor(locale);
    return {
      money: (hkd, opts) => formatMoney(hkd, currency, fx, locale, opts),
      // Chart axes: one decimal when compact (US$12.5K), whole units otherwise.
      currencyAmount: (amount, opts) =>
        f.number(amount, "money", {
          currency,
          notation: opts?.compact ? "compact" : "standard",
          maximumFractionDigits: opts?.compact ? 1 : 0,
        }),
      inCurrency: (hkd) => fromHkd(hkd, currency, fx),
      score: (x) => f.number(x, "score"),
      days: (x) => formatNumber(x, locale, 1),
      number: (x, digits = 1) => formatNumber(x, locale, digits),
      // A calendar date at UTC midnight falls on the same day in Hong Kong (UTC+8), the named format's zone.
      date: (iso) => f.dateTime(new Date(`${iso}T00:00:00Z`), "day"),
      percent: (share, digits = 1) => f.number(share, { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: 0 }),
    };
  }, [locale, currency, fx]);
}
