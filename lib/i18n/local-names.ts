import type { Offer, SubsidyScheme } from "@/lib/catalogue/offer-schema";
import type { Locale } from "./locales";

export type OfferNames = { provider: string; name: string; location: string };

/**
 * The names of an offer as a reader of `locale` knows them: the official local brand from the
 * offer's `i18n` (數碼港人工智能超算中心, 阿里雲 …) on a Chinese page, the offer's own English
 * names otherwise or where the data has no local name. The one place that picks a name by
 * language — every table, chart, panel and export calls it.
 */
export function offerNames(offer: Pick<Offer, "provider" | "name" | "location" | "i18n">, locale: Locale): OfferNames {
  // The data holds local names for the Chinese locales only; English is the offer's own.
  const local: OfferNames | undefined = (offer.i18n as Partial<Record<Locale, OfferNames>> | undefined)?.[locale];
  return local ?? { provider: offer.provider, name: offer.name, location: offer.location.label };
}

/** A subsidy scheme's name in `locale` (the catalogue keeps all three side by side). */
export function schemeName(scheme: Pick<SubsidyScheme, "name" | "nameZhHK" | "nameZhCN">, locale: Locale): string {
  const byLocale: Record<Locale, string> = { en: scheme.name, "zh-HK": scheme.nameZhHK, "zh-CN": scheme.nameZhCN };
  return byLocale[locale];
}

/**
 * The catalogue as a page in `locale` shows it: every offer's provider, name and location label
 * replaced by offerNames(), so the ranking, charts, comparison and CSV built from it all speak
 * the page's language without each asking. The API answers in the catalogue's own (English) names.
 * The offer's own names move to `i18n.en`, so nothing is lost: offerNames(o, "en") still gives
 * them and search (lib/catalogue/search-text.ts reads every `i18n` entry) still finds "Tokyo"
 * on a Chinese page. (`i18n.en` exists only here: the data files hold the Chinese names only.)
 */
export function localiseCatalogue<C extends { offers: readonly Offer[] }>(catalogue: C, locale: Locale): C {
  return {
    ...catalogue,
    offers: catalogue.offers.map((o) => {
      const n = offerNames(o, locale);
      const own: OfferNames = { provider: o.provider, name: o.name, location: o.location.label };
      // Object.assign, not a literal: Offer's i18n type lists the data's locales only. A catalogue
      // localised twice keeps the first English (o.i18n.en wins over `own`).
      const i18n: Offer["i18n"] = Object.assign({ en: own }, o.i18n);
      return { ...o, provider: n.provider, name: n.name, location: { ...o.location, label: n.location }, i18n };
    }),
  };
}

/** schemeName() by scheme id; an id the catalogue does not know shows as itself. */
export function schemeNameById(
  schemes: readonly Pick<SubsidyScheme, "id" | "name" | "nameZhHK" | "nameZhCN">[],
  id: string,
  locale: Locale,
): string {
  const s = schemes.find((x) => x.id === id);
  return s ? schemeName(s, locale) : id;
}
