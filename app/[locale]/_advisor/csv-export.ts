import type { FxFile } from "@/lib/catalogue/offer-schema";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { FACTORS, type Factor } from "@/lib/domain/factors";
import { fromHkd, type DisplayCurrency } from "@/lib/format/money";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { messageLeaf } from "@/lib/i18n/message-leaf";
import labelsEn from "@/lib/i18n/messages/en/labels.json";
import labelsZhHK from "@/lib/i18n/messages/zh-HK/labels.json";
import labelsZhCN from "@/lib/i18n/messages/zh-CN/labels.json";
import advisorEn from "@/lib/i18n/messages/en/advisor.json";
import advisorZhHK from "@/lib/i18n/messages/zh-HK/advisor.json";
import advisorZhCN from "@/lib/i18n/messages/zh-CN/advisor.json";
import resultsEn from "@/lib/i18n/messages/en/results.json";
import resultsZhHK from "@/lib/i18n/messages/zh-HK/results.json";
import resultsZhCN from "@/lib/i18n/messages/zh-CN/results.json";
import type { Reason } from "@/lib/domain/reason";
import type { ScoringMethod } from "@/lib/domain/scoring/scoring-method";
import type { Needs } from "@/lib/needs/needs-schema";
import { fieldLabelTable } from "@/lib/validation/validation-messages";

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
const ADVISOR = { en: advisorEn, "zh-HK": advisorZhHK, "zh-CN": advisorZhCN } as const;
const RESULTS = { en: resultsEn, "zh-HK": resultsZhHK, "zh-CN": resultsZhCN } as const;

/**
 * What the export says about how the ranking was made: the inputs, the weights and the method, and how to word an
 * excluded option's reasons (the advisor page and the server each have their own reason renderer).
 */
export type CsvContext = {
  needs: Needs;
  /** Normalised weights (sum 1). */
  weights: Readonly<Record<Factor, number>>;
  method: ScoringMethod;
  reasonText: (reason: Reason) => string;
};

/** The input fields the header block lists, in the form's order. */
const INPUT_FIELDS = [
  "workload",
  "accelerator.model",
  "accelerator.minMemoryGb",
  "gpuHoursPerMonth",
  "durationMonths",
  "peakGpus",
  "multiNode",
  "storageTb",
  "egressTbPerMonth",
  "dataSensitivity",
  "residency",
  "budgetHkd",
  "startBy",
  "subsidies",
] as const;

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
 * estimate, a third-party page or a stale source, by their labels.
 * With a `context`, a header block (inputs, weights, method, catalogue version, price date) comes first and the
 * excluded options with their reasons last, each section after a blank row; the ranking's columns are unchanged.
 */
export function rankingToCsv(
  recommendation: Recommendation,
  currency: DisplayCurrency,
  fx: FxFile,
  locale: Locale,
  context?: CsvContext,
): string {
  const labels = LABELS[locale];
  // Server-style translation (this runs outside React, on the first export): the same messages, typed.
  const t = createTranslator({ locale, messages: { labels }, namespace: "labels.csv" });
  const h = (key: (typeof HEADER_KEYS)[number]) => t(`header.${key}`, { currency });
  const header = HEADER_KEYS.map(h);
  // Figures by their label in the UI language ("Price per accelerator-hour"), not their data path.
  const figure = (path: string) => messageLeaf(labels.figure, path) ?? path;
  const rows = recommendation.ranked.map((r) => {
    const flags = (["estimated", "thirdParty", "stale"] as const)
      .filter((k) => r.flags[k].length > 0)
      .map((k) => t("flagItem", { kind: t(`flag.${k}`), figures: r.flags[k].map(figure).join(", ") }))
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
  const table: (string | number)[][] = [header, ...rows];
  const lines = context
    ? [...contextBlock(recommendation, currency, locale, context), ...table, [], ...excludedBlock(recommendation, locale, context)]
    : table;
  return "\uFEFF" + lines.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** Title, catalogue version, price date, currency, method, then one row per input and per weight; a blank row ends it. */
function contextBlock(
  recommendation: Recommendation,
  currency: DisplayCurrency,
  locale: Locale,
  context: CsvContext,
): (string | number)[][] {
  const labels = LABELS[locale];
  const t = createTranslator({ locale, messages: { labels }, namespace: "labels.csv.context" });
  const fields = fieldLabelTable(locale);
  const form = ADVISOR[locale].form;
  const { needs } = context;
  const value = (path: (typeof INPUT_FIELDS)[number]): string | number => {
    switch (path) {
      case "workload":
        return form.workload[needs.workload];
      case "accelerator.model":
        return needs.accelerator.model === "any" ? form.acceleratorAny : needs.accelerator.model;
      case "accelerator.minMemoryGb":
        return needs.accelerator.minMemoryGb;
      case "multiNode":
        return needs.multiNode ? t("yes") : t("no");
      case "dataSensitivity":
        return form.sensitivity[needs.dataSensitivity];
      case "residency":
        return form.residency[needs.residency];
      case "budgetHkd":
        return needs.budgetHkd ?? t("none");
      case "startBy":
        return needs.startBy ?? t("none");
      case "subsidies":
        return needs.subsidies.length > 0 ? needs.subsidies.join(", ") : t("none");
      default:
        return needs[path];
    }
  };
  return [
    [t("title")],
    [t("catalogueVersion"), recommendation.catalogueVersion],
    [t("referenceDate"), recommendation.referenceDate],
    [t("currency"), currency],
    [t("method"), RESULTS[locale].methodName[context.method]],
    [],
    [t("inputs")],
    ...INPUT_FIELDS.map((path) => [fields[path] ?? path, value(path)]),
    [],
    [t("weights")],
    ...FACTORS.map((f) => [labels.csv.header[f], fixed(context.weights[f] * 100, 1)]),
    [],
    [t("ranking")],
  ];
}

/** A blank-row-separated section: one row per excluded option with every reason, in the UI language. */
function excludedBlock(recommendation: Recommendation, locale: Locale, context: CsvContext): (string | number)[][] {
  const labels = LABELS[locale];
  const t = createTranslator({ locale, messages: { labels }, namespace: "labels.csv" });
  const { excluded } = recommendation;
  return [
    [t("context.excluded", { count: excluded.length })],
    [t("header.option"), t("header.provider"), t("context.reasons")],
    ...excluded.map((e) => [e.name, e.provider, e.reasons.map(context.reasonText).join(t("flagSeparator"))]),
  ];
}
