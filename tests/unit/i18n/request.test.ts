import { describe, expect, it, vi } from "vitest";
import { FORMATS } from "@/lib/i18n/formats";
import { NAMESPACES } from "@/lib/i18n/namespaces";

// Outside a React Server Component next-intl's getRequestConfig refuses to run; on the server it
// hands back the callback unchanged, which is what this stands in for.
vi.mock("next-intl/server", () => ({ getRequestConfig: <T>(make: T) => make }));
const { default: requestConfig } = await import("@/lib/i18n/request");

type Config = { locale: string; messages: Record<string, Record<string, unknown>>; formats: unknown; timeZone: string };
const configFor = (requested: string | undefined) =>
  (requestConfig as unknown as (p: { requestLocale: Promise<string | undefined> }) => Promise<Config>)({
    requestLocale: Promise.resolve(requested),
  });

describe("next-intl request configuration", () => {
  it.each([
    ["en", "Compute Advisor"],
    ["zh-HK", "算力顧問"],
    ["zh-CN", "算力顾问"],
  ] as const)("%s: that locale's messages, every namespace, the named formats and Hong Kong time", async (locale, brand) => {
    const c = await configFor(locale);
    expect(c.locale).toBe(locale);
    expect(Object.keys(c.messages).sort()).toEqual([...NAMESPACES].sort());
    expect(JSON.stringify(c.messages.common)).toContain(brand);
    expect(c.formats).toBe(FORMATS);
    expect(c.timeZone).toBe("Asia/Hong_Kong");
  });

  it.each([undefined, "fr", "zh-hk", "ZH-CN", "zh-TW"])(
    "an unknown or differently spelt locale (%s) renders English",
    async (requested) => {
      const c = await configFor(requested);
      expect(c.locale).toBe("en");
      expect(c.messages).toEqual((await configFor("en")).messages);
    },
  );
});
