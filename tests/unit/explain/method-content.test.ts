import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { isStale, monthsBefore } from "@/lib/catalogue/staleness";
import type { CostEstimate } from "@/lib/domain/cost/estimate-cost";
import { PRICE_SCALE, priceScore } from "@/lib/domain/scoring/price-score";
import { jurisdictionFit } from "@/lib/domain/scoring/jurisdiction-policy";
import { STUDY } from "@/lib/domain/study-figures";
import { METHOD_SECTIONS, methodSectionText, type MethodSection } from "@/lib/explain/method-content";
import { formatterFor } from "@/lib/i18n/formatter";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en/method.json";
import zhHK from "@/lib/i18n/messages/zh-HK/method.json";
import zhCN from "@/lib/i18n/messages/zh-CN/method.json";

const MESSAGES = { en, "zh-HK": zhHK, "zh-CN": zhCN } as const;

/** The page's words for a section, exactly as app/[locale]/method/page.tsx puts them together. */
function text(s: MethodSection, locale: Locale) {
  const t = createTranslator({ locale, messages: { method: MESSAGES[locale] }, namespace: "method" });
  const format = formatterFor(locale);
  return methodSectionText(s, (key, values) => t(key as never, values as never), {
    number: (n) => format.number(n),
    percent: (share) => format.number(share, "percent"),
  });
}

const section = (id: string): MethodSection => {
  const s = METHOD_SECTIONS.find((x) => x.id === id);
  if (!s) throw new Error(`no method section ${id}`);
  return s;
};
const rows = (id: string, table = 0) => new Map(section(id).tables![table]!.rows);

describe("the method page's words", () => {
  it.each(METHOD_SECTIONS.flatMap((s) => LOCALES.map((l) => [s.id, l] as const)))(
    "%s in %s: title, paragraphs and captions all exist, every figure filled in",
    (id, locale) => {
      const words = text(section(id), locale);
      for (const w of [words.title, ...words.paragraphs, ...words.formulas, ...words.captions]) {
        expect(w.trim()).not.toBe("");
        expect(w).not.toMatch(/sections\.|\{\w+\}/);
      }
      if (locale !== "en") expect(words.title).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it("quotes the study's figures from the one place they live", () => {
    const [p] = text(section("weights"), "en").paragraphs;
    expect(p).toContain(`interviewed ${STUDY.firms} AI firms`);
    expect(p).toContain(`${Math.round(STUDY.usage.cloud * 100)}% use cloud`);
    expect(text(section("weights"), "zh-HK").paragraphs[0]).toContain(
      `${Math.round(STUDY.usage.mainlandSupercomputing * 100)}%使用內地超算中心`,
    );
  });
});

describe("what the method page states is what the engine does", () => {
  const gpuCost = (hkdPerEffectiveHour: number) => ({ hkdPerEffectiveHour, totalHkd: 0, effectiveHours: 0 }) as unknown as CostEstimate;

  it("price: the scale ends the formula names score 100 and 0, the geometric middle 50", () => {
    const f = text(section("price"), "en").formulas.join("\n");
    const { bestHkd, worstHkd } = PRICE_SCALE.gpu;
    expect(f).toContain(`ln ${worstHkd} − ln ${bestHkd}`);
    expect(priceScore(gpuCost(bestHkd), false).score).toBe(100);
    expect(priceScore(gpuCost(worstHkd), false).score).toBe(0);
    expect(priceScore(gpuCost(Math.sqrt(bestHkd * worstHkd)), false).score).toBeCloseTo(50, 1);
  });

  it("sources: a figure older than the months the page states is stale, one a month younger is not", () => {
    const [p] = text(section("sources"), "en").paragraphs;
    const months = Number(/more than (\d+) months old/.exec(p ?? "")?.[1]);
    expect(months).toBeGreaterThan(0);
    expect(isStale(monthsBefore("2026-12-01", months + 1), "2026-12-01")).toBe(true);
    expect(isStale(monthsBefore("2026-12-01", months - 1), "2026-12-01")).toBe(false);
  });

  it("security: the jurisdiction-fit table shows the fit the engine scores, and ✕ where a hard rule keeps the data out", () => {
    const fit = rows("security");
    expect(fit.get("confidential")).toBe(["HK", "CN", "JP", "US"].map((j) => jurisdictionFit("confidential", j as "HK")).join(" / "));
    expect(fit.get("restricted")).toBe(`${jurisdictionFit("restricted", "HK")} / ✕ / ✕ / ✕`);
    expect(fit.get("mainland-important")).toBe(`✕ / ${jurisdictionFit("mainland-important", "CN")} / ✕ / ✕`);
  });
});

/** Two English words in a row ("then cost", "per effective"): a sentence, not a symbol or a unit. */
const ENGLISH_WORDS = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;

describe("the method page's formulas speak the page's language", () => {
  it.each(
    METHOD_SECTIONS.filter((s) => s.formulas.length > 0).flatMap((s) => (["zh-HK", "zh-CN"] as const).map((l) => [s.id, l] as const)),
  )("%s in %s: every formula is written in Chinese around its symbols", (id, locale) => {
    const english = text(section(id), "en").formulas;
    text(section(id), locale).formulas.forEach((f, i) => {
      expect(f).not.toMatch(ENGLISH_WORDS);
      // Where the English formula has words, the Chinese one has its own (not just the symbols).
      if (ENGLISH_WORDS.test(english[i] ?? "")) expect(f).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  it("the English formulas are English (the check above can fail)", () => {
    expect(text(section("pipeline"), "en").formulas.join("\n")).toMatch(ENGLISH_WORDS);
  });

  it("each formula quotes the engine's constants in every language", () => {
    const { bestHkd, worstHkd } = PRICE_SCALE.gpu;
    for (const locale of LOCALES) expect(text(section("price"), locale).formulas[0]).toContain(`ln ${worstHkd} − ln ${bestHkd}`);
  });
});
