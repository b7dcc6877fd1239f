import { describe, expect, it } from "vitest";
import type { FxFile } from "@/lib/catalogue/offer-schema";
import { DISPLAY_CURRENCIES, formatMoney, formatNumber, fromHkd } from "@/lib/format/money";

/** Synthetic rates chosen for exact arithmetic: 1 USD = 8 HKD, 1 CNY = 1.25 HKD. */
const FX: FxFile = {
  asOf: "2026-10-01",
  base: "HKD",
  hkdPer: { HKD: 1, USD: 8, CNY: 1.25 },
  sources: [{ url: "https://example.com/fx", asOf: "2026-10-01", basis: "third-party", covers: ["fx"] }],
};

describe("fromHkd", () => {
  it.each([
    ["HKD", 800, 800],
    ["USD", 800, 100],
    ["CNY", 800, 640],
    ["USD", 0, 0],
    ["CNY", -125, -100],
  ] as const)("%s: HKD %d → %d", (currency, hkd, expected) => {
    expect(fromHkd(hkd, currency, FX)).toBe(expected);
  });

  it("throws naming the currency when the FX file lacks its rate", () => {
    const noCny: FxFile = { ...FX, hkdPer: { HKD: 1, USD: 8 } };
    expect(() => fromHkd(1, "CNY", noCny)).toThrow(/CNY/);
    // HKD never needs a rate.
    expect(fromHkd(5, "HKD", { ...FX, hkdPer: {} })).toBe(5);
  });

  it("lists the three display currencies", () => {
    expect(DISPLAY_CURRENCIES).toEqual(["HKD", "USD", "CNY"]);
  });
});

describe("formatMoney", () => {
  // 9,876,543.2 HKD → 1,234,567.9 USD → 7,901,234.56 CNY; ≥ 100 → whole units.
  const HKD_AMOUNT = 9_876_543.2;
  // The figure depends on the currency only; the symbol too, except that zh-CN writes its own yuan as a bare ¥.
  const FIGURES = { HKD: "9,876,543", USD: "1,234,568", CNY: "7,901,235" } as const;
  const SYMBOLS = { HKD: "HK$", USD: "US$", CNY: "CN¥" } as const;
  const SYMBOLS_IN = { en: SYMBOLS, "zh-HK": SYMBOLS, "zh-CN": { ...SYMBOLS, CNY: "¥" } } as const;
  const cases = (["en", "zh-HK", "zh-CN"] as const).flatMap((locale) =>
    (["HKD", "USD", "CNY"] as const).map((currency) => [locale, currency, SYMBOLS_IN[locale][currency], FIGURES[currency]] as const),
  );
  it.each(cases)("%s %s: symbol %s and the converted, rounded figure %s", (locale, currency, symbol, figure) => {
    const s = formatMoney(HKD_AMOUNT, currency, FX, locale);
    expect(s).toContain(symbol);
    expect(s).toContain(figure);
    expect(s).not.toMatch(/\.\d/);
  });

  it("keeps 2 decimals below 100 and honours an explicit digits option", () => {
    expect(formatMoney(50, "USD", FX, "en")).toBe("US$6.25");
    expect(formatMoney(99.5, "HKD", FX, "en")).toBe("HK$99.5");
    expect(formatMoney(1001, "USD", FX, "en", { digits: 3 })).toBe("US$125.125");
    expect(formatMoney(-800, "USD", FX, "en")).toContain("100");
  });

  it.each([
    ["en", "USD", "US$1M"],
    ["en", "HKD", "HK$8M"],
    ["zh-HK", "CNY", "CN¥6.4M"],
    ["zh-CN", "USD", "US$100万"],
    ["zh-CN", "CNY", "¥640万"],
  ] as const)("compact (%s %s) → %s", (locale, currency, expected) => {
    expect(formatMoney(8_000_000, currency, FX, locale, { compact: true, digits: 1 })).toBe(expected);
  });

  it("compact without digits uses compact notation with 3 significant digits", () => {
    const s = formatMoney(9_876_543.2, "HKD", FX, "en", { compact: true });
    expect(s).toMatch(/^HK\$[\d.]+M$/);
    expect(s.length).toBeLessThan(formatMoney(9_876_543.2, "HKD", FX, "en").length);
    expect(s).toBe("HK$9.88M");
    expect(formatMoney(1_499_999, "HKD", FX, "en", { compact: true })).toBe("HK$1.5M");
  });
});

describe("formatNumber", () => {
  it.each([
    ["en", 1234.56, 1, "1,234.6"],
    ["zh-CN", 1234.56, 0, "1,235"],
    ["zh-HK", 0.125, 2, "0.13"],
  ] as const)("%s %d (%d digits) → %s", (locale, n, digits, expected) => {
    expect(formatNumber(n, locale, digits)).toBe(expected);
  });
});
