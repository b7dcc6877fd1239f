import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

describe("negotiateLocale", () => {
  it.each([
    // [Accept-Language, expected]
    [null, "en"],
    [undefined, "en"],
    ["", "en"],
    ["*", "en"],
    [";;,,", "en"],
    ["en-US,en;q=0.9", "en"],
    ["en-GB", "en"],
    ["zh-HK", "zh-HK"],
    ["zh-hk", "zh-HK"],
    ["zh-TW,zh;q=0.9", "zh-HK"],
    ["zh-MO", "zh-HK"],
    ["zh-Hant", "zh-HK"],
    ["zh-Hant-HK", "zh-HK"],
    ["zh-Hant-CN", "zh-HK"],
    ["yue-Hant-HK", "zh-HK"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-Hans-HK", "zh-CN"],
    ["fr-FR,de;q=0.8", "en"],
    // Skips languages we have no UI for and takes the next one.
    ["fr-FR,zh-HK;q=0.5,en;q=0.4", "zh-HK"],
    // Orders by quality, not by position.
    ["en;q=0.5,zh-TW;q=0.9", "zh-HK"],
    ["zh-HK;q=0.3, zh-CN;q=0.8", "zh-CN"],
    // Keeps header order when qualities tie.
    ["zh-CN;q=0.8,zh-HK;q=0.8", "zh-CN"],
    ["zh-HK,en", "zh-HK"],
    // Ignores tags refused with q=0.
    ["zh-CN;q=0,en", "en"],
    ["zh-HK;q=0", "en"],
    // Tolerates whitespace and odd casing.
    ["  ZH-hant-tw ; Q=0.7 , en ; q=0.2", "zh-HK"],
  ] as const)("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
