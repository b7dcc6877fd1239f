import { describe, expect, it } from "vitest";
import { switchLocalePath } from "@/lib/i18n/switch-locale-path";

describe("switchLocalePath", () => {
  it.each([
    ["/en", "", "zh-HK", "/zh-HK"],
    ["/en/", "", "zh-CN", "/zh-CN"],
    ["/en/catalogue", "", "zh-HK", "/zh-HK/catalogue"],
    ["/zh-HK/catalogue", "?family=cloud&q=h100", "en", "/en/catalogue?family=cloud&q=h100"],
    ["/zh-CN/method", "family=cloud", "zh-HK", "/zh-HK/method?family=cloud"],
    ["/", "?s=abc", "zh-CN", "/zh-CN?s=abc"],
    ["/catalogue", "", "en", "/en/catalogue"],
    ["/en/a/b/c", "?", "zh-HK", "/zh-HK/a/b/c"],
  ] as const)("%s %s → %s = %s", (pathname, search, target, expected) => {
    expect(switchLocalePath(pathname, search, target)).toBe(expected);
  });

  it("keeps an encoded advisor state untouched", () => {
    const search = "?v=1&needs=%7B%22gpu%22%3A8%7D&w=40,25,15,10,10";
    expect(switchLocalePath("/en", search, "zh-CN")).toBe(`/zh-CN${search}`);
  });

  it("keeps the hash", () => {
    expect(switchLocalePath("/en/method", "", "zh-HK", "#formulas")).toBe("/zh-HK/method#formulas");
  });

  it("only swaps a real locale segment", () => {
    expect(switchLocalePath("/english/page", "", "zh-HK")).toBe("/zh-HK/english/page");
  });
});
