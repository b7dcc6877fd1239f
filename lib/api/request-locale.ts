import { isUiLocale, type UiLocale } from "@/lib/validation/localise-issues";

/**
 * The language of an API answer: `?lang=` if valid, else the best match in Accept-Language
 * (zh-HK/zh-TW/zh-Hant → zh-HK; zh-CN/zh-Hans/zh → zh-CN), else English.
 */
export function requestLocale(url: string, acceptLanguage: string | null): UiLocale {
  const lang = new URL(url).searchParams.get("lang");
  if (isUiLocale(lang)) return lang;
  const tags = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((t) => t.tag.length > 0 && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    if (tag === "en" || tag.startsWith("en-")) return "en";
    if (tag === "zh-hk" || tag === "zh-tw" || tag === "zh-mo" || tag.startsWith("zh-hant")) return "zh-HK";
    if (tag === "zh" || tag === "zh-cn" || tag === "zh-sg" || tag.startsWith("zh-hans")) return "zh-CN";
  }
  return "en";
}
