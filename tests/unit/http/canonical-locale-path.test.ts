import { describe, expect, it } from "vitest";
import { canonicalLocalePath } from "@/lib/http/canonical-locale-path";

describe("canonicalLocalePath", () => {
  it.each([
    ["/zh-hk", "/zh-HK"],
    ["/EN", "/en"],
    ["/Zh-Cn/catalogue", "/zh-CN/catalogue"],
    ["/ZH-HK/method/", "/zh-HK/method/"],
  ])("%s → %s", (path, expected) => {
    expect(canonicalLocalePath(path)).toBe(expected);
  });

  it.each(["/", "/en", "/zh-HK/catalogue", "/fr", "/xx/catalogue", "/api/recommend", "/_next/static/x.js", "/english"])("%s → null (canonical or not a locale)", (path) => {
    expect(canonicalLocalePath(path)).toBeNull();
  });
});
