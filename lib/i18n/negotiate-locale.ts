import { DEFAULT_LOCALE, type Locale } from "./locales";

type Preference = { tag: string; q: number; order: number };

/** Parses an Accept-Language header into tags by descending quality (ties keep header order). */
function parseAcceptLanguage(header: string): Preference[] {
  const prefs: Preference[] = [];
  header.split(",").forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(";");
    const tag = (rawTag ?? "").trim().toLowerCase();
    if (tag === "") return;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m?.[1] !== undefined) {
        const parsed = Number.parseFloat(m[1]);
        q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
      }
    }
    if (q > 0) prefs.push({ tag, q, order });
  });
  return prefs.sort((a, b) => b.q - a.q || a.order - b.order);
}

const TRADITIONAL_REGIONS = new Set(["hk", "tw", "mo"]);

/** Maps one lower-cased language tag to a UI locale, or undefined when we have no UI for it. */
function localeForTag(tag: string): Locale | undefined {
  const [language, ...subtags] = tag.split("-");
  if (language === "en") return "en";
  // Cantonese tags (yue, yue-Hant-HK) are written in Traditional Chinese.
  if (language === "yue") return subtags.includes("hans") ? "zh-CN" : "zh-HK";
  if (language !== "zh") return undefined;
  // A script subtag decides first: zh-Hant-* → Traditional, zh-Hans-* → Simplified.
  if (subtags.includes("hant")) return "zh-HK";
  if (subtags.includes("hans")) return "zh-CN";
  if (subtags.some((s) => TRADITIONAL_REGIONS.has(s))) return "zh-HK";
  // Plain "zh", zh-CN, zh-SG and any other region: Simplified.
  return "zh-CN";
}

/**
 * Picks the UI locale for a visitor from the Accept-Language header (or null when absent).
 * zh-HK / zh-TW / zh-MO / zh-Hant* / yue → "zh-HK"; zh / zh-CN / zh-SG / zh-Hans* → "zh-CN";
 * en* → "en". The highest-quality tag we can serve wins; q=0 tags are refused; anything
 * else (including "*" or an empty/garbled header) → "en".
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  for (const { tag } of parseAcceptLanguage(acceptLanguage)) {
    const locale = localeForTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
