import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Messages } from "@/lib/i18n/app-config";
import { FORMATS } from "@/lib/i18n/formats";
import zhHkCommon from "@/lib/i18n/messages/zh-HK/common.json";

/*
 * app-config.ts registers the app's messages, locales and named formats with next-intl, so a
 * misspelt key, namespace, locale or format name fails `tsc` (npm test typechecks tests/ too).
 * Each @ts-expect-error below is such a mistake: if the registration stopped applying, the
 * line would compile, the directive would be unused, and the typecheck would fail.
 */
describe("typed messages and formats (AppConfig)", () => {
  const messages = { common: zhHkCommon } as Pick<Messages, "common">;

  it("a key of the namespace translates; the locale's text comes back", () => {
    const t = createTranslator({ locale: "zh-HK", messages, namespace: "common" });
    expect(t("productName")).toBe("算力顧問");
    // Only typechecked, never called (at run time a missing key logs an error and echoes the key).
    // @ts-expect-error: no such key in common
    expect(typeof (() => t("productNam"))).toBe("function");
  });

  it("an unknown namespace or locale does not typecheck", () => {
    // @ts-expect-error: not a namespace
    createTranslator({ locale: "zh-HK", messages, namespace: "comon" });
    // @ts-expect-error: not one of the app's locales
    createTranslator({ locale: "zh-TW", messages, namespace: "common" });
  });

  it("named formats are the registered ones", () => {
    const f = createFormatter({ locale: "zh-HK", formats: FORMATS, timeZone: "Asia/Hong_Kong" });
    expect(f.number(0.5, "percent")).toBe("50%");
    // @ts-expect-error: not a named format
    expect(typeof (() => f.number(0.5, "percentage"))).toBe("function");
  });
});
