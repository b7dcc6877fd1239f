import { describe, expect, it } from "vitest";
import { buildResultRows } from "@/app/[locale]/_advisor/results/result-row";
import { textFilter } from "@/app/[locale]/_advisor/results/results-columns";
import { catalogue } from "@/lib/catalogue/catalogue";
import { clientCatalogue } from "@/lib/catalogue/client-catalogue";
import { recommend } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { localiseCatalogue, offerNames } from "@/lib/i18n/local-names";
import type { Locale } from "@/lib/i18n/locales";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";

const AS_OF = "2026-12-03";

/**
 * The advisor's ranked rows as the page in `locale` builds them: the catalogue localised for
 * that page (as app/[locale]/page.tsx hands it to the island), ranked with the default needs
 * and searched through the results table's own filter.
 */
function rowsFor(locale: Locale) {
  const local = localiseCatalogue(clientCatalogue(catalogue), locale);
  const byId = new Map(local.offers.map((o) => [o.id, o]));
  const { ranked } = recommend(DEFAULT_NEEDS, DEFAULT_WEIGHTS, local, { referenceDate: AS_OF });
  return buildResultRows(ranked, new Set(), (f) => f, (j) => j, (id) => byId.get(id));
}

function found(locale: Locale, query: string): string[] {
  return rowsFor(locale)
    .filter((r) => textFilter({ original: r } as Parameters<typeof textFilter>[0], "option", query, () => {}))
    .map((r) => r.offerId);
}

const alibabaRanked = (locale: Locale) => rowsFor(locale).filter((r) => r.offerId.startsWith("alibaba-")).map((r) => r.offerId);

describe("the results table's filter finds names in every language, whatever the page's", () => {
  it("there are Alibaba rows to find in the default ranking", () => {
    expect(alibabaRanked("en").length).toBeGreaterThan(0);
  });

  it.each([
    ["en", "阿里雲"],
    ["en", "阿里云"],
    ["zh-HK", "Alibaba"],
    ["zh-HK", "阿里云"],
    ["zh-CN", "阿里雲"],
    ["zh-CN", "alibaba cloud"],
  ] as const)("on /%s, %s finds exactly the Alibaba rows", (locale, query) => {
    expect(found(locale, query)).toEqual(alibabaRanked(locale));
  });

  it("an English place name finds its rows on a Chinese page, as its Chinese name does", () => {
    const tokyo = found("zh-HK", "Tokyo");
    expect(tokyo.length).toBeGreaterThan(0);
    expect(found("zh-HK", "東京")).toEqual(tokyo);
    expect(found("en", "東京")).toEqual(found("en", "Tokyo"));
  });

  it("a name no offer carries finds nothing", () => {
    expect(found("zh-HK", "火星")).toEqual([]);
  });
});

describe("localiseCatalogue keeps the offer's own (English) names", () => {
  it("shows the local name and still knows the English one", () => {
    const en = catalogue.offers.find((o) => o.id.startsWith("alibaba-"))!;
    const local = localiseCatalogue(catalogue, "zh-HK").offers.find((o) => o.id === en.id)!;
    expect(local.provider).toBe(en.i18n["zh-HK"].provider);
    expect(offerNames(local, "en")).toEqual({ provider: en.provider, name: en.name, location: en.location.label });
    // Localising twice does not replace the English with the first pass's Chinese.
    const twice = localiseCatalogue(localiseCatalogue(catalogue, "zh-HK"), "zh-CN").offers.find((o) => o.id === en.id)!;
    expect(offerNames(twice, "en").provider).toBe(en.provider);
  });
});
