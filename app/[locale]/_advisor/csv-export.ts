import type { FxFile } from "@/lib/catalogue/offer-schema";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { FACTORS, type Factor } from "@/lib/domain/factors";
import { fromHkd, type DisplayCurrency } from "@/lib/format/money";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import labelsEn from "@/lib/i18n/messages/en/labels.json";
import labelsZhHK from "@/lib/i18n/messages/zh-HK/labels.json";
import labelsZhCN from "@/lib/i18n/messages/zh-CN/labels.json";

const HEADER_KEYS = [
  "rank",
  "option",
  "provider",
  "family",
  "location",
  "accelerator",
  "total",
  ...FACTORS,
  "cost",
  "monthly",
  "days",
  "flags",
] as const;

const LABELS = { en: labelsEn, "zh-HK": labelsZhHK, "zh-CN": labelsZhCN } as const;

/** Quotes a CSV field when it holds a comma, quote, CR or LF (RFC 4180); quotes are doubled. */
export function csvField(value: string | number): string {
  const s = typeof value === "number" ? String(value) : value;
  // A leading =, +, - or @ would run as a formula in Excel: prefix text (not numbers) with '.
  const safe = typeof value === "string" && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const fixed = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * The ranking as CSV for Excel: UTF-8 BOM, CRLF line ends, a header row in the UI language,
 * one row per ranked option in rank order. Money is converted from HKD into `currency` with
 * the catalogue's dated rates and written as plain numbers (2 decimals, no symbols) so a
 * spreadsheet can sum them; scores keep 2 decimals; flags list the figures that rest on an
 * estimate, a third-party page or a stale source.
 */
export function rankingToCsv(recommendation: Recommendation, currency: DisplayCurrency, fx: FxFile, locale: Locale): string {
  const labels = LABELS[locale];
  // Server-style translation (this runs outside React, on the first export): the same messages, typed.
  const t = createTranslator({ locale, messages: { labels }, namespace: "labels.csv" });
  const h = (key: (typeof HEADER_KEYS)[number]) => t(`header.${key}`, { currency });
  const header = HEADER_KEYS.map(h);
  const rows = recommendation.ranked.map((r) => {
    const flags = (["estimated", "thirdParty", "stale"] as const)
      .filter((k) => r.flags[k].length > 0)
      .map((k) => t("flagItem", { kind: t(`flag.${k}`), figures: r.flags[k].join(", ") }))
      .join(t("flagSeparator"));
    return [
      r.rank,
      r.name,
      r.provider,
      labels.family[r.family],
      r.location.label,
      `${r.accelerator.name} × ${r.accelerator.perNode}`,
      fixed(r.total, 2),
      ...FACTORS.map((f: Factor) => fixed(r.factors[f], 2)),
      fixed(fromHkd(r.costHkd, currency, fx), 2),
      fixed(fromHkd(r.monthlyCostHkd, currency, fx), 2),
      fixed(r.timeToResultDays, 1),
      flags,
    ];
  });
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
