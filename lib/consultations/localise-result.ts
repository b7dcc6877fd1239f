import type { Offer } from "@/lib/catalogue/offer-schema";
import type { RankedOption, Recommendation } from "@/lib/domain/scoring/recommend";
import { offerNames } from "@/lib/i18n/local-names";
import type { Locale } from "@/lib/i18n/locales";

type Named = { offerId: string; provider: string; name: string };

/**
 * A frozen result as a reader of `locale` names its options: provider and offer names through
 * offerNames() (the catalogue's local names, 數碼港人工智能超算中心, 阿里雲 …). Figures, ranks
 * and reasons stay exactly as frozen; names are wording, not evidence. A ranked option's location
 * label is localised the same way. An option that has left
 * the catalogue keeps the name it was saved with.
 */
export function localiseResult(result: Recommendation, offers: readonly Offer[], locale: Locale): Recommendation {
  const byId = new Map(offers.map((o) => [o.id, o]));
  const rename = <T extends Named>(row: T): T => {
    const offer = byId.get(row.offerId);
    if (!offer) return row;
    const n = offerNames(offer, locale);
    return { ...row, provider: n.provider, name: n.name };
  };
  const place = (row: RankedOption): RankedOption => {
    const offer = byId.get(row.offerId);
    return offer ? { ...rename(row), location: { ...row.location, label: offerNames(offer, locale).location } } : row;
  };
  return { ...result, ranked: result.ranked.map(place), excluded: result.excluded.map(rename) };
}

/**
 * Where each catalogue offer is, as a reader of `locale` names the place (東京 (ap-northeast-1) …):
 * two offers can share a name in different regions, so every list of options shows it.
 */
export function locationLabels(offers: readonly Offer[], locale: Locale): ReadonlyMap<string, string> {
  return new Map(offers.map((o) => [o.id, offerNames(o, locale).location]));
}
