import type { Offer } from "@/lib/catalogue/offer-schema";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { offerNames } from "@/lib/i18n/local-names";
import type { Locale } from "@/lib/i18n/locales";

type Named = { offerId: string; provider: string; name: string };

/**
 * A frozen result as a reader of `locale` names its options: provider and offer names through
 * offerNames() (the catalogue's local names, 數碼港人工智能超算中心, 阿里雲 …). Figures, ranks
 * and reasons stay exactly as frozen; names are wording, not evidence. An option that has left
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
  return { ...result, ranked: result.ranked.map(rename), excluded: result.excluded.map(rename) };
}
