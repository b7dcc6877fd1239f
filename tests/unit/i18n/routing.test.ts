import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

describe("routing", () => {
  it("routes exactly the UI locales", () => {
    expect([...routing.locales]).toEqual([...LOCALES]);
  });

  it("defaults to English", () => {
    expect(routing.defaultLocale).toBe("en");
    expect(routing.defaultLocale).toBe(DEFAULT_LOCALE);
  });

  it("always prefixes the locale (every page lives under /en, /zh-HK or /zh-CN)", () => {
    const prefix = routing.localePrefix as unknown;
    const mode = typeof prefix === "string" ? prefix : (prefix as { mode: string }).mode;
    expect(mode).toBe("always");
  });
});
