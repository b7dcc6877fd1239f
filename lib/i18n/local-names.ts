import type { Accelerator, Offer, SubsidyScheme } from "@/lib/catalogue/offer-schema";
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
  // The names only: an `i18n` entry may also hold the local interconnect text (offerFabric()).
  return local
    ? { provider: local.provider, name: local.name, location: local.location }
    : { provider: offer.provider, name: offer.name, location: offer.location.label };
}

/** A subsidy scheme's name in `locale` (the catalogue keeps all three side by side). */
export function schemeName(scheme: Pick<SubsidyScheme, "name" | "nameZhHK" | "nameZhCN">, locale: Locale): string {
  const byLocale: Record<Locale, string> = { en: scheme.name, "zh-HK": scheme.nameZhHK, "zh-CN": scheme.nameZhCN };
  return byLocale[locale];
}

/** The English an offer's `i18n.en` keeps once localised: its own names and interconnect description. */
type OwnText = OfferNames & { fabric: string };

/**
 * An offer's interconnect description (`interconnect.fabric`) as a reader of `locale` knows it:
 * the offer's `i18n` text for a Chinese locale (technology names in Latin, descriptive words
 * translated), the offer's own English otherwise or where the data has none.
 */
export function offerFabric(offer: Pick<Offer, "interconnect" | "i18n">, locale: Locale): string {
  const local = (offer.i18n as Partial<Record<Locale, { fabric?: string }>> | undefined)?.[locale];
  return local?.fabric ?? offer.interconnect.fabric;
}

/** An accelerator's name in `locale`: its `i18n` name where the data has one, its own (English) name otherwise. */
export function acceleratorName(accelerator: Pick<Accelerator, "name" | "i18n">, locale: Locale): string {
  const local = (accelerator.i18n as Partial<Record<Locale, { name: string }>> | undefined)?.[locale];
  return local?.name ?? accelerator.name;
}

/**
 * The catalogue as a page in `locale` shows it: every offer's provider, name, location label and
 * interconnect description (`interconnect.fabric`) replaced by offerNames() / offerFabric(), and
 * every accelerator's name by acceleratorName(), so the ranking, rule checks, charts, comparison
 * and CSV built from it all speak the page's language without each asking. The API answers in the
 * catalogue's own (English) names. The offer's own text moves to `i18n.en` (an accelerator's own
 * name to its `i18n.en`), so nothing is lost: offerNames(o, "en") / offerFabric(o, "en") still
 * give it and search (lib/catalogue/search-text.ts reads every `i18n` entry) still finds "Tokyo"
 * on a Chinese page. (`i18n.en` exists only here: the data files hold the Chinese text only.)
 */
export function localiseCatalogue<C extends { offers: readonly Offer[]; accelerators?: readonly Accelerator[] }>(
  catalogue: C,
  locale: Locale,
): C {
  const localised: C = {
    ...catalogue,
    offers: catalogue.offers.map((o) => {
      const n = offerNames(o, locale);
      const own: OwnText = { provider: o.provider, name: o.name, location: o.location.label, fabric: o.interconnect.fabric };
      // Object.assign, not a literal: Offer's i18n type lists the data's locales only. A catalogue
      // localised twice keeps the first English (o.i18n.en wins over `own`).
      const i18n: Offer["i18n"] = Object.assign({ en: own }, o.i18n);
      return {
        ...o,
        provider: n.provider,
        name: n.name,
        location: { ...o.location, label: n.location },
        interconnect: { ...o.interconnect, fabric: offerFabric(o, locale) },
        i18n,
      };
    }),
  };
  if (catalogue.accelerators === undefined) return localised;
  return {
    ...localised,
    accelerators: catalogue.accelerators.map((a) => {
      if (a.i18n === undefined) return a;
      const i18n: Accelerator["i18n"] = Object.assign({ en: { name: a.name } }, a.i18n);
      return { ...a, name: acceleratorName(a, locale), i18n };
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
