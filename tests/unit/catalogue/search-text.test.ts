import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { matchesSearch, normaliseSearch, offerSearchText, searchTerms } from "@/lib/catalogue/search-text";
import { buildCatalogueRows } from "@/app/[locale]/catalogue/_components/build-catalogue-rows";
import { LOCALES } from "@/lib/i18n/locales";

/** The ids of the catalogue offers `query` finds, from the haystack the catalogue page builds. */
const found = (query: string) =>
  catalogue.offers.filter((o) => matchesSearch(offerSearchText(o), query)).map((o) => o.id);

/** By offer, its names in Traditional and Simplified Chinese and English that must find it. */
const FINDS: Record<string, readonly string[]> = {
  "aws-tokyo-p5-h100": ["東京", "东京", "Tokyo"],
  "alibaba-hk-gn7i-a10": ["阿里雲", "阿里云"],
  "alibaba-pai-lingjun-h20": ["Alibaba"],
  "cyberport-aisc-aiss": ["數碼港", "数码港", "cyberport"],
};

describe("catalogue search in every language", () => {
  it.each(Object.entries(FINDS).flatMap(([id, queries]) => queries.map((query) => [query, id] as const)))("%s finds %s", (query, id) => {
    expect(found(query)).toContain(id);
  });

  it("the Traditional, Simplified and English names of a place find the same offers", () => {
    const tokyo = found("Tokyo");
    expect(tokyo.length).toBeGreaterThan(1);
    expect(found("東京")).toEqual(tokyo);
    expect(found("东京")).toEqual(tokyo);
  });

  it("finds nothing for a name no offer carries, and narrows on every term", () => {
    expect(found("火星")).toEqual([]);
    const both = found("東京 H100");
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(found("東京").length);
    expect(both.every((id) => found("H100").includes(id))).toBe(true);
  });

  it.each(LOCALES)("the %s catalogue page's rows find every language's names", (locale) => {
    const labels = { family: String, jurisdiction: String, applicationPath: String, region: String };
    const rows = buildCatalogueRows(catalogue, locale, labels, catalogue.reviewedOn);
    for (const query of ["東京", "阿里雲", "數碼港", "东京", "阿里云", "Alibaba"]) {
      expect(rows.filter((r) => matchesSearch(r.searchText, query)).length, query).toBeGreaterThan(0);
    }
  });

  it("matches regardless of case and character width", () => {
    expect(found("ＴＯＫＹＯ")).toEqual(found("tokyo"));
    expect(found("ｈ１００")).toEqual(found("H100"));
    expect(normaliseSearch("ＡＷＳ")).toBe("aws");
  });

  it("splits a query on spaces and Chinese list punctuation; a blank query matches everything", () => {
    expect(searchTerms(" 東京、H100，aws ")).toEqual(["東京", "h100", "aws"]);
    expect(searchTerms("   ")).toEqual([]);
    expect(matchesSearch("anything", "  ")).toBe(true);
  });

  it("adds the caller's extra text and never matches across two fields", () => {
    const offer = { id: "x-1", provider: "Acme", name: "Box", location: { label: "Moon" }, i18n: {} } as never;
    expect(matchesSearch(offerSearchText(offer, ["NVIDIA"]), "nvidia")).toBe(true);
    expect(matchesSearch(offerSearchText(offer), "acmebox")).toBe(false);
    expect(matchesSearch(offerSearchText(offer), "acme box")).toBe(true);
  });
});
