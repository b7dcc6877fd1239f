import type { FxFile } from "@/lib/catalogue/offer-schema";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { FACTORS, type Factor } from "@/lib/domain/factors";
import { fromHkd, type DisplayCurrency } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import labelsEn from "@/lib/i18n/messages/en/labels.json";
import labelsZhHK from "@/lib/i18n/messages/zh-HK/labels.json";
import labelsZhCN from "@/lib/i18n/messages/zh-CN/labels.json";

type Triple = Record<Locale, string>;

/** Column headers; "{c}" is the display currency. Factor names follow the glossary. */
const HEADERS: Record<string, Triple> = {
  rank: { en: "Rank", "zh-HK": "排名", "zh-CN": "排名" },
  option: { en: "Option", "zh-HK": "方案", "zh-CN": "方案" },
  provider: { en: "Provider", "zh-HK": "供應商", "zh-CN": "供应商" },
  family: { en: "Type", "zh-HK": "類別", "zh-CN": "类别" },
  location: { en: "Location", "zh-HK": "地點", "zh-CN": "地点" },
  accelerator: { en: "Accelerator", "zh-HK": "加速器", "zh-CN": "加速器" },
  total: { en: "Score (0-100)", "zh-HK": "總分（0-100）", "zh-CN": "总分（0-100）" },
  price: { en: "Price", "zh-HK": "價格", "zh-CN": "价格" },
  security: { en: "Data security / privacy", "zh-HK": "數據安全 / 私隱", "zh-CN": "数据安全 / 隐私" },
  performance: { en: "Computing speed / performance", "zh-HK": "運算速度 / 計算性能", "zh-CN": "运算速度 / 计算性能" },
  approval: { en: "Ease of application / approval", "zh-HK": "申請審批便捷程度", "zh-CN": "申请审批便捷程度" },
  ux: { en: "User experience / interface / tool support", "zh-HK": "用戶體驗 / 介面 / 工具支援", "zh-CN": "用户体验 / 界面 / 工具支持" },
  cost: { en: "Total cost ({c})", "zh-HK": "總成本（{c}）", "zh-CN": "总成本（{c}）" },
  monthly: { en: "Cost per month ({c})", "zh-HK": "每月成本（{c}）", "zh-CN": "每月成本（{c}）" },
  days: { en: "Time to result (days)", "zh-HK": "取得結果所需時間（天）", "zh-CN": "取得结果所需时间（天）" },
  flags: { en: "Figures to check", "zh-HK": "需核實的數字", "zh-CN": "需核实的数字" },
};

const FLAG_KIND: Record<"estimated" | "thirdParty" | "stale", Triple> = {
  estimated: { en: "estimate", "zh-HK": "估算", "zh-CN": "估算" },
  thirdParty: { en: "third-party", "zh-HK": "第三方", "zh-CN": "第三方" },
  stale: { en: "stale", "zh-HK": "過時", "zh-CN": "过时" },
};

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
  const h = (key: string) => HEADERS[key]![locale].replace("{c}", currency);
  const labels = LABELS[locale];
  const header = [
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
  ].map(h);
  const sep = locale === "en" ? "; " : "；";
  const rows = recommendation.ranked.map((r) => {
    const flags = (["estimated", "thirdParty", "stale"] as const)
      .filter((k) => r.flags[k].length > 0)
      .map((k) => `${FLAG_KIND[k][locale]}: ${r.flags[k].join(", ")}`)
      .join(sep);
    return [
      r.rank,
      r.name,
      r.provider,
      labels.family[r.family],
      r.location.label,
      `${r.accelerator.name} × ${r.accelerator.perNode}`,
      fixed(r.total, 2),
      ...FACTORS.map((f: Factor) => fixed(r.factors[f], 2)),
      fixed(fromHkd(r.costHKD, currency, fx), 2),
      fixed(fromHkd(r.monthlyCostHKD, currency, fx), 2),
      fixed(r.timeToResultDays, 1),
      flags,
    ];
  });
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
