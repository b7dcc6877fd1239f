import { beforeEach, describe, expect, it, vi } from "vitest";

const requestLocale = vi.hoisted(() => ({ set: [] as string[] }));

// notFound() ends rendering by throwing; the stand-in throws a recognisable error.
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("next-intl/server", () => ({ setRequestLocale: (locale: string) => requestLocale.set.push(locale) }));

const { localeMetadata, pageParams } = await import("@/lib/i18n/page-params");

beforeEach(() => {
  requestLocale.set.length = 0;
});

describe("pageParams", () => {
  it.each(["en", "zh-HK", "zh-CN"])("keeps the other params and sets the request locale for %s", async (locale) => {
    await expect(pageParams(Promise.resolve({ locale, id: "abc" }))).resolves.toEqual({ locale, id: "abc" });
    expect(requestLocale.set).toEqual([locale]);
  });

  it.each(["fr", "zh-hk", "EN", "", "zh-TW"])("answers 404 for %j without setting a locale", async (locale) => {
    await expect(pageParams(Promise.resolve({ locale }))).rejects.toThrow("NEXT_NOT_FOUND");
    expect(requestLocale.set).toEqual([]);
  });
});

describe("localeMetadata", () => {
  const generate = localeMetadata(async (locale) => ({ title: `title in ${locale}` }));

  it("builds the metadata in the page's locale", async () => {
    await expect(generate({ params: Promise.resolve({ locale: "zh-CN" }) })).resolves.toEqual({ title: "title in zh-CN" });
  });

  it("gives no metadata for an unknown locale (the page answers 404)", async () => {
    await expect(generate({ params: Promise.resolve({ locale: "de" }) })).resolves.toEqual({});
  });
});
