import { describe, expect, it } from "vitest";
import type { FileProblemCode } from "@/lib/demand/firm-rows";
import { demandText } from "@/lib/demand/demand-text";
import { LOCALES } from "@/lib/i18n/locales";

/*
 * The demand page's wording for server code: what the API says about a refused population
 * (every problem code the row collector can report, with its values filled in) and the
 * labels a saved scenario's 400 borrows, in each language.
 */
const PROBLEMS = {
  empty: {},
  "missing-columns": { columns: "workload, durationMonths" },
  "unknown-columns": { columns: "colour" },
  "too-many-rows": { max: 5000 },
  "field-count": { found: 3, expected: 27 },
  boolean: {},
  number: {},
} satisfies Record<FileProblemCode, Record<string, string | number>>;

describe("demandText", () => {
  it("is one translator per language, kept for the process", () => {
    expect(demandText("zh-HK")).toBe(demandText("zh-HK"));
    expect(demandText("en")).not.toBe(demandText("zh-CN"));
  });

  it.each(LOCALES)("%s: words every problem the row collector reports, with its values filled in", (locale) => {
    const t = demandText(locale);
    for (const [code, values] of Object.entries(PROBLEMS) as [FileProblemCode, Record<string, string | number>][]) {
      const text = t(`population.problem.${code}`, values);
      expect(text, code).not.toMatch(/population\.problem|\{/);
      for (const v of Object.values(values)) expect(text, code).toContain(typeof v === "number" && v >= 1000 ? "5,000" : String(v));
    }
  });

  it("the Chinese wordings are translations, Traditional and Simplified apart", () => {
    const problems = (locale: (typeof LOCALES)[number]) =>
      Object.entries(PROBLEMS).map(([code, values]) => demandText(locale)(`population.problem.${code as FileProblemCode}`, values));
    const [en, hk, cn] = LOCALES.map(problems);
    for (const [i, text] of en!.entries()) {
      expect(hk![i]).not.toBe(text);
      expect(cn![i]).not.toBe(text);
    }
    expect(hk).not.toEqual(cn);
  });

  it.each(LOCALES)("%s: has the labels a saved scenario's 400 names fields by", (locale) => {
    const t = demandText(locale);
    for (const key of [
      "scenarios.name",
      "scenarios.settings",
      "population.firms",
      "population.seed",
      "centre.price",
      "centre.subsidy",
      "centre.lambda",
      "centre.constant",
    ] as const) {
      expect(t(key).trim(), key).not.toBe("");
      expect(t(key), key).not.toContain(key);
    }
  });
});
