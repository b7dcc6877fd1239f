import { describe, expect, it } from "vitest";
import { makeFigureFormat } from "@/app/[locale]/catalogue/_components/figure-format";

// Spaces from Intl (narrow/no-break) are normalised so the cases read plainly.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("makeFigureFormat", () => {
  it.each([
    ["en", "HK$53.52", "HK$1,200,000", "USD 6.88", "JPY 1,234", "1,234.57"],
    ["zh-HK", "HK$53.52", "HK$1,200,000", "USD 6.88", "JPY 1,234", "1,234.57"],
    ["zh-CN", "HK$53.52", "HK$1,200,000", "USD 6.88", "JPY 1,234", "1,234.57"],
  ] as const)("%s: HKD with cents, whole HKD, native money with its code, plain numbers", (locale, hkd, whole, usd, jpy, n) => {
    const f = makeFigureFormat(locale);
    expect(plain(f.hkd(53.52))).toBe(hkd);
    expect(plain(f.hkdWhole(1_200_000.4))).toBe(whole);
    expect(plain(f.money(6.88, "USD"))).toBe(usd);
    expect(plain(f.money(1234, "JPY"))).toBe(jpy);
    expect(plain(f.number(1234.567))).toBe(n);
  });

  it("sorts numbers inside names numerically and ignores case", () => {
    const f = makeFigureFormat("en");
    expect(["node 10", "Node 9", "node 1"].sort(f.compare)).toEqual(["node 1", "Node 9", "node 10"]);
  });
});
