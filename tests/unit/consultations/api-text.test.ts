import { describe, expect, it } from "vitest";
import { apiErrorText, fieldLabel, validationText, type ApiErrorCode } from "@/lib/consultations/http/api-text";
import { LOCALES } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en/consultations.json";

/*
 * The consultations routes' own wording outside any request: the `{ error, message }` text of
 * each API error code, the labels of consultation fields, and the messages of this feature's
 * own refinements (`params.key`).
 */
const CODES = Object.keys(en.api) as ApiErrorCode[];

describe("apiErrorText", () => {
  it.each(LOCALES)("%s: every error code has its own wording, never the bare key", (locale) => {
    const texts = CODES.map((code) => apiErrorText(locale, code));
    for (const [i, text] of texts.entries()) {
      expect(text.trim(), CODES[i]).not.toBe("");
      expect(text, CODES[i]).not.toContain(`api.${CODES[i]}`);
    }
    // Two codes sharing one sentence would tell a user nothing about which went wrong.
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("each Chinese wording is translated (differs from the English), and Traditional differs from Simplified somewhere", () => {
    for (const code of CODES) {
      expect(apiErrorText("zh-HK", code), code).not.toBe(apiErrorText("en", code));
      expect(apiErrorText("zh-CN", code), code).not.toBe(apiErrorText("en", code));
    }
    expect(CODES.map((c) => apiErrorText("zh-HK", c))).not.toEqual(CODES.map((c) => apiErrorText("zh-CN", c)));
  });

  it("is the English text for 'unauthorised' that the routes answer 401 with", () => {
    expect(apiErrorText("en", "unauthorised")).toMatch(/sign in/i);
  });
});

describe("fieldLabel", () => {
  it("names a consultation field in each language", () => {
    expect(fieldLabel("en", "client")).toBe("Client name");
    expect(fieldLabel("zh-HK", "client")).toBe("客戶名稱");
    expect(fieldLabel("zh-CN", "client")).toBe("客户名称");
  });

  it.each(["", "needs", "client.name", "Client", "nope"])("has no label for %j", (path) => {
    for (const locale of LOCALES) expect(fieldLabel(locale, path)).toBeUndefined();
  });

  // A path segment comes from the request (a key the client sent): inherited object members are not labels.
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"])("has no label for the object member %j", (path) => {
    for (const locale of LOCALES) expect(fieldLabel(locale, path)).toBeUndefined();
  });
});

describe("validationText", () => {
  it("words this feature's own refinement keys in each language", () => {
    expect(validationText("en", "empty-patch")).toBe("give at least one field to change");
    expect(validationText("zh-HK", "no-nul")).toMatch(/NUL/);
    expect(validationText("zh-CN", "empty-patch")).not.toBe(validationText("en", "empty-patch"));
  });

  it.each([undefined, "", "unknown-key", "api.csrf"])("leaves %j to the generic messages (undefined)", (key) => {
    for (const locale of LOCALES) expect(validationText(locale, key)).toBeUndefined();
  });

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("is undefined for the object member %j, never a function", (key) => {
    for (const locale of LOCALES) expect(validationText(locale, key)).toBeUndefined();
  });
});
