import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { FAMILIES, REGIONS } from "@/lib/catalogue/catalogue-vocabulary";
import { regionOf, type Region } from "@/lib/catalogue/region";
import { FLAGGED_BASES, type Family, type Jurisdiction } from "@/lib/catalogue/offer-schema";
import { figureFreshness, oldestAsOf } from "@/lib/catalogue/staleness";
import { hkdRate } from "@/lib/domain/cost/hkd-rate";
import { listPriceHkdPerHour } from "@/lib/domain/cost/list-price";
import type { Locale } from "@/lib/i18n/locales";
import { localiseCatalogue, schemeName } from "@/lib/i18n/local-names";
import { offerSearchText } from "@/lib/catalogue/search-text";
import { leanOffer } from "@/lib/catalogue/client-catalogue";
import type { CatalogueRow, FilterOption } from "./catalogue-row";

/** Localised labels the rows need for search (passed in, so this stays free of next-intl). */
export type RowLabels = {
  family: (f: Family) => string;
  jurisdiction: (j: Jurisdiction) => string;
  applicationPath: (p: CatalogueRow["offer"]["applicationPath"]) => string;
  region: (r: Region) => string;
};

/**
 * The catalogue table's rows, in the default order: family (catalogue order), then HKD price,
 * then id. Staleness is judged against `referenceDate`: the same Hong Kong date the advisor
 * ranks with, so a figure is stale on both pages or on neither.
 */
export function buildCatalogueRows(
  catalogue: Catalogue,
  locale: Locale,
  labels: RowLabels,
  referenceDate: string,
  /** The labels in every language the search should know (default: the page's own). */
  searchLabels: readonly RowLabels[] = [labels],
): CatalogueRow[] {
  const localised = localiseCatalogue(catalogue, locale);
  const accelerators = new Map(localised.accelerators.map((a) => [a.id, a]));
  const englishAccelerators = new Map(catalogue.accelerators.map((a) => [a.id, a]));
  const subsidies = new Map(catalogue.subsidies.map((s) => [s.id, s]));
  const english = new Map(catalogue.offers.map((o) => [o.id, o]));
  const rows = localised.offers.map((offer): CatalogueRow => {
    const en = english.get(offer.id) ?? offer;
    const acc = accelerators.get(offer.accelerator.model);
    const rate = hkdRate(offer.price.currency, catalogue.fx);
    const freshness = figureFreshness(offer.sources, referenceDate);
    const acceleratorName = acc ? acc.name : offer.accelerator.model;
    const acceleratorVendor = acc ? acc.vendor : "";
    return {
      // Lean (no notes): the rows are serialised into the page; the details fetch the notes.
      offer: leanOffer(offer),
      region: regionOf(offer.location.jurisdiction),
      acceleratorName,
      acceleratorVendor,
      priceHkdPerAcceleratorHour: listPriceHkdPerHour(offer, catalogue.fx),
      hkdPerUnit: rate,
      oldestAsOf: oldestAsOf(offer.sources) ?? catalogue.reviewedOn,
      freshness,
      staleCount: freshness.filter((f) => f.stale).length,
      flaggedBases: FLAGGED_BASES.filter((b) => offer.sources.some((s) => s.basis === b)),
      subsidies: offer.subsidySchemes.flatMap((id) => {
        const s = subsidies.get(id);
        return s ? [{ id, name: schemeName(s, locale), coveragePct: s.coveragePct, capHkd: s.capHkd }] : [];
      }),
      // Every language's names find an offer on every page ("阿里雲", "阿里云" and "Alibaba").
      searchText: offerSearchText(en, [
        acceleratorVendor,
        acceleratorName,
        // The accelerator's English name too, so "China-market" finds the H800 on a Chinese page.
        englishAccelerators.get(offer.accelerator.model)?.name ?? "",
        ...searchLabels.flatMap((l) => [
          l.family(offer.family),
          l.jurisdiction(offer.location.jurisdiction),
          l.applicationPath(offer.applicationPath),
          l.region(regionOf(offer.location.jurisdiction)),
        ]),
      ]),
    };
  });
  const familyRank = (f: Family) => FAMILIES.indexOf(f);
  return rows.sort(
    (a, b) =>
      familyRank(a.offer.family) - familyRank(b.offer.family) ||
      a.priceHkdPerAcceleratorHour - b.priceHkdPerAcceleratorHour ||
      (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0),
  );
}

/** Filter choices with how many offers each has, in a stable order. */
export function buildFilterOptions(rows: CatalogueRow[], labels: RowLabels, compare: (a: string, b: string) => number) {
  const count = <K extends string>(key: (r: CatalogueRow) => K) => {
    const m = new Map<K, number>();
    for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return m;
  };
  const families = count((r) => r.offer.family);
  const accelerators = count((r) => r.offer.accelerator.model);
  const jurisdictions = count((r) => r.offer.location.jurisdiction);
  const regions = count((r) => r.region);
  const accName = new Map(rows.map((r) => [r.offer.accelerator.model, `${r.acceleratorVendor} ${r.acceleratorName}`.trim()]));
  return {
    families: FAMILIES.filter((f) => families.has(f)).map((f): FilterOption<Family> => ({
      value: f,
      label: labels.family(f),
      count: families.get(f) ?? 0,
    })),
    accelerators: [...accelerators.keys()]
      .map((id): FilterOption => ({ value: id, label: accName.get(id) ?? id, count: accelerators.get(id) ?? 0 }))
      .sort((a, b) => compare(a.label, b.label)),
    regions: REGIONS.filter((r) => regions.has(r)).map((r): FilterOption<Region> => ({
      value: r,
      label: labels.region(r),
      count: regions.get(r) ?? 0,
    })),
    jurisdictions: [...jurisdictions.keys()]
      .map((j): FilterOption<Jurisdiction> => ({ value: j, label: labels.jurisdiction(j), count: jurisdictions.get(j) ?? 0 }))
      .sort((a, b) => compare(a.label, b.label)),
  };
}
export type CatalogueFilterOptions = ReturnType<typeof buildFilterOptions>;
