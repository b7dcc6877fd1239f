import type { z } from "zod";
import { FORMAT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { FIELD_LABELS } from "./field-labels";

/** The UI languages (one home: lib/i18n/locales.ts), under the names validation code uses. */
export const UI_LOCALES = LOCALES;
export type UiLocale = Locale;

type Triple = Record<UiLocale, string>;

/** Path as the client sent it, e.g. "needs.priceOverrides.0.discountPct". */
export type LocalisedIssue = { path: string; field: string; code: string; message: string };

function labelFor(path: readonly PropertyKey[], locale: UiLocale): string {
  // Strip a leading "needs" so the same labels serve the form (no prefix) and the API.
  const parts = path.map((p) => (typeof p === "number" ? "*" : String(p)));
  const rel = parts[0] === "needs" && parts.length > 1 ? parts.slice(1) : parts;
  for (let n = rel.length; n > 0; n--) {
    const hit = FIELD_LABELS[rel.slice(0, n).join(".")];
    if (hit) return hit[locale];
  }
  return rel.join(".") || { en: "Request", "zh-HK": "請求", "zh-CN": "请求" }[locale];
}

const num = (n: unknown, locale: UiLocale) =>
  typeof n === "number" || typeof n === "bigint" ? Number(n).toLocaleString(FORMAT_LOCALE[locale]) : String(n);

function describe(issue: z.core.$ZodIssue, locale: UiLocale): string {
  const zh = locale !== "en";
  const trad = locale === "zh-HK";
  switch (issue.code) {
    case "invalid_type": {
      const received = (issue as { input?: unknown }).input;
      if (received === undefined) return zh ? (trad ? "必須填寫" : "必须填写") : "is required";
      if (issue.expected === "number" && typeof received === "number" && Number.isNaN(received)) {
        return zh ? (trad ? "必須是數字" : "必须是数字") : "must be a number";
      }
      const what: Record<string, Triple> = {
        number: { en: "a number", "zh-HK": "數字", "zh-CN": "数字" },
        string: { en: "text", "zh-HK": "文字", "zh-CN": "文字" },
        boolean: { en: "yes or no (true/false)", "zh-HK": "是或否（true/false）", "zh-CN": "是或否（true/false）" },
        object: { en: "an object", "zh-HK": "物件", "zh-CN": "对象" },
        array: { en: "a list", "zh-HK": "列表", "zh-CN": "列表" },
        int: { en: "a whole number", "zh-HK": "整數", "zh-CN": "整数" },
      };
      const w = what[issue.expected]?.[locale] ?? issue.expected;
      return zh ? `${trad ? "必須是" : "必须是"}${w}` : `must be ${w}`;
    }
    case "too_small": {
      const min = num(issue.minimum, locale);
      if (issue.origin === "array") return zh ? (trad ? `至少要有 ${min} 項` : `至少要有 ${min} 项`) : `needs at least ${min} item(s)`;
      if (issue.origin === "string") return zh ? (trad ? "不可留空" : "不可留空") : "must not be empty";
      if (issue.inclusive) return zh ? (trad ? `必須不少於 ${min}` : `必须不少于 ${min}`) : `must be at least ${min}`;
      return zh ? (trad ? `必須大於 ${min}` : `必须大于 ${min}`) : `must be greater than ${min}`;
    }
    case "too_big": {
      const max = num(issue.maximum, locale);
      if (issue.origin === "array") return zh ? (trad ? `最多 ${max} 項` : `最多 ${max} 项`) : `allows at most ${max} item(s)`;
      if (issue.origin === "string") return zh ? (trad ? `最多 ${max} 個字元` : `最多 ${max} 个字符`) : `must be at most ${max} characters`;
      if (issue.inclusive) return zh ? (trad ? `必須不多於 ${max}` : `必须不多于 ${max}`) : `must be at most ${max}`;
      return zh ? (trad ? `必須小於 ${max}` : `必须小于 ${max}`) : `must be less than ${max}`;
    }
    case "invalid_value": {
      if ("input" in issue && issue.input === undefined) return zh ? (trad ? "必須填寫" : "必须填写") : "is required";
      const allowed = issue.values.map((v) => String(v)).join(", ");
      return zh ? (trad ? `必須是以下其中一項：${allowed}` : `必须是以下其中一项：${allowed}`) : `must be one of: ${allowed}`;
    }
    case "unrecognized_keys": {
      const keys = issue.keys.join(", ");
      return zh ? (trad ? `包含不明欄位：${keys}` : `包含未知字段：${keys}`) : `has unknown field(s): ${keys}`;
    }
    case "invalid_format": {
      if (issue.format === "date")
        return zh ? (trad ? "必須是有效日期（YYYY-MM-DD）" : "必须是有效日期（YYYY-MM-DD）") : "must be a valid date (YYYY-MM-DD)";
      return zh ? (trad ? `格式無效（${issue.format}）` : `格式无效（${issue.format}）`) : `has an invalid format (${issue.format})`;
    }
    case "not_multiple_of":
      return zh ? (trad ? "必須是整數" : "必须是整数") : "must be a whole number";
    case "custom": {
      const key = (issue.params as { key?: string } | undefined)?.key;
      const custom = key ? CUSTOM_MESSAGES[key] : undefined;
      if (custom) return custom[locale];
      return issue.message;
    }
    default:
      return issue.message;
  }
}

/** Messages for refinements, by the `params.key` the schema sets. */
export const CUSTOM_MESSAGES: Record<string, Triple> = {
  "override-one-of": {
    en: "give either a discount (%) or a quoted price, not both and not neither",
    "zh-HK": "請填寫折扣（%）或報價其中一項，不可兩者皆填或皆空",
    "zh-CN": "请填写折扣（%）或报价其中一项，不可两者皆填或皆空",
  },
  "weights-not-zero": {
    en: "at least one weight must be greater than 0",
    "zh-HK": "至少一項權重必須大於 0",
    "zh-CN": "至少一项权重必须大于 0",
  },
  "unknown-accelerator": {
    en: "is not an accelerator in the catalogue",
    "zh-HK": "不是目錄中的加速器",
    "zh-CN": "不是目录中的加速器",
  },
  "unknown-offer": {
    en: "is not an option in the catalogue",
    "zh-HK": "不是目錄中的方案",
    "zh-CN": "不是目录中的方案",
  },
  "unknown-subsidy": {
    en: "is not a subsidy scheme in the catalogue",
    "zh-HK": "不是目錄中的資助計劃",
    "zh-CN": "不是目录中的资助计划",
  },
  "invalid-json": {
    en: "the request body is not valid JSON",
    "zh-HK": "請求內容不是有效的 JSON",
    "zh-CN": "请求内容不是有效的 JSON",
  },
};

/**
 * Turns zod issues into messages in the user's language, each naming the field by its
 * form label: "GPU-hours per month: must be greater than 0" / "每月 GPU 小時：必須大於 0".
 */
export function localiseIssues(issues: readonly z.core.$ZodIssue[], locale: UiLocale): LocalisedIssue[] {
  return issues.map((issue) => {
    const field = labelFor(issue.path, locale);
    const sep = locale === "en" ? ": " : "：";
    return {
      path: issue.path.map(String).join("."),
      field,
      code: issue.code,
      message: `${field}${sep}${describe(issue, locale)}`,
    };
  });
}

export const isUiLocale = isLocale;
