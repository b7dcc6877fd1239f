// @vitest-environment jsdom
import { cleanup, renderHook } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { FORMATS } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/locales";
import { useFormat } from "@/lib/i18n/use-format";

afterEach(cleanup);

const inLocale = (locale: Locale) =>
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <NextIntlClientProvider locale={locale} messages={{}} formats={FORMATS} timeZone="Asia/Hong_Kong">
        {children}
      </NextIntlClientProvider>
    );
  };

const DAY = new Date("2026-12-03T00:00:00Z");
const MOMENT = new Date("2026-12-03T15:30:00Z"); // 23:30 in Hong Kong

// The named formats as a reader sees them: English formats the Hong Kong way (day-month, HK$),
// Chinese lists use 、 and the locale's own "and"; times are Hong Kong time whatever the machine's zone.
describe.each([
  ["en", { day: "3 Dec 2026", moment: "3 Dec 2026, 11:30 pm", and: "A, B and C", or: "A, B or C", japan: "Japan" }],
  ["zh-HK", { day: "2026年12月3日", moment: "2026年12月3日 下午11:30", and: "A、B及C", or: "A、B或C", japan: "日本" }],
  ["zh-CN", { day: "2026年12月3日", moment: "2026年12月3日 23:30", and: "A、B和C", or: "A、B或C", japan: "日本" }],
] as const)("useFormat in %s", (locale, expected) => {
  const format = () => renderHook(() => useFormat(), { wrapper: inLocale(locale) }).result.current;

  it("numbers: shares, scores, fixed decimals, HKD money", () => {
    const f = format();
    expect(f.number(1 / 3, "percent1")).toBe("33.3%");
    expect(f.number(0.25, "percent")).toBe("25%");
    expect(f.number(1_234_567.891, "decimal1")).toBe("1,234,567.9");
    expect(f.number(72, "score")).toBe("72.0");
    expect(f.number(0.25, "fixed4")).toBe("0.2500");
    expect(f.number(12_345.5, { style: "currency", currency: "HKD", maximumFractionDigits: 0 })).toBe("HK$12,346");
  });

  it("dates in Hong Kong time, lists, country names", () => {
    const f = format();
    expect(f.dateTime(DAY, "day")).toBe(expected.day);
    expect(f.dateTime(MOMENT, "moment")).toBe(expected.moment);
    expect(f.list(["A", "B", "C"], "and")).toBe(expected.and);
    expect(f.list(["A", "B", "C"], "or")).toBe(expected.or);
    expect(f.regionName("JP")).toBe(expected.japan);
    expect(f.regionName("not-a-code")).toBe("not-a-code");
  });
});

describe("useFormat", () => {
  it("reads the locale of the page it is used in (no locale prop), one cached formatter per locale", () => {
    const { result, rerender } = renderHook(() => useFormat(), { wrapper: inLocale("zh-HK") });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    const en = renderHook(() => useFormat(), { wrapper: inLocale("en") }).result.current;
    expect(en).not.toBe(first);
    expect(en.list(["x", "y"], "and")).toBe("x and y");
    expect(first.list(["x", "y"], "and")).toBe("x及y");
  });
});
