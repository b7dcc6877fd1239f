import { describe, expect, it } from "vitest";
import { cachedTranslator } from "@/lib/i18n/cached-translator";
import en from "@/lib/i18n/messages/en/validation.json";
import zhHK from "@/lib/i18n/messages/zh-HK/validation.json";
import zhCN from "@/lib/i18n/messages/zh-CN/validation.json";

const validation = cachedTranslator("validation", { en, "zh-HK": zhHK, "zh-CN": zhCN });

describe("cachedTranslator", () => {
  it.each([
    ["en", "Request", "Budget: too high"],
    ["zh-HK", "請求", "Budget：too high"],
    ["zh-CN", "请求", "Budget：too high"],
  ] as const)("translates the namespace's keys, with their arguments, in %s", (locale, request, fieldMessage) => {
    const t = validation(locale);
    expect(t("request")).toBe(request);
    expect(t("fieldMessage", { field: "Budget", message: "too high" })).toBe(fieldMessage);
  });

  it("builds one translator per locale and reuses it", () => {
    expect(validation("zh-HK")).toBe(validation("zh-HK"));
    expect(validation("en")).not.toBe(validation("zh-HK"));
  });

  it("keeps separate caches for separate namespaces or message sets", () => {
    const other = cachedTranslator("validation", { en: { ...en, request: "Demand" }, "zh-HK": zhHK, "zh-CN": zhCN });
    expect(other("en")("request")).toBe("Demand");
    expect(validation("en")("request")).toBe("Request");
  });
});
