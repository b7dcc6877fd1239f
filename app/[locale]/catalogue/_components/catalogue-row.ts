import type { Region } from "@/lib/catalogue/region";
import type { FlaggedBasis, Offer } from "@/lib/catalogue/offer-schema";
import type { FigureFreshness } from "@/lib/catalogue/staleness";

/**
 * One catalogue table row: the offer as validated plus the figures derived on the server
 * (HKD price, source dates, staleness), so the browser only sorts, filters and formats.
 * Plain JSON, because it crosses the server → client-component boundary.
 */
export type CatalogueRow = {
  offer: Offer;
  /** Where the data is held: Hong Kong, the mainland or overseas (the region facet). */
  region: Region;
  acceleratorName: string;
  acceleratorVendor: string;
  /** List price per accelerator-hour converted at the catalogue's FX rate. */
  priceHkdPerAcceleratorHour: number;
  /** HKD per one unit of the offer's currency (1 for HKD), for the other native-currency figures. */
  hkdPerUnit: number;
  oldestAsOf: string;
  /** Every figure the sources cover, with the newest covering source's date and the stale flag. */
  freshness: FigureFreshness[];
  staleCount: number;
  flaggedBases: FlaggedBasis[];
  subsidies: { id: string; name: string; coveragePct: number; capHkd: number | null }[];
  /** The search haystack (offerSearchText): names and places in every language, accelerator, labels. */
  searchText: string;
};

export type FilterOption<V extends string = string> = { value: V; label: string; count: number };
