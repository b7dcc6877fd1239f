import type { Offer } from "@/lib/catalogue/offer-schema";
import type { RankedOption, Recommendation } from "@/lib/domain/scoring/recommend";
import { FACTORS } from "@/lib/domain/factors";
import type { Reason } from "@/lib/domain/reason";
import type { RuleCheck } from "@/lib/domain/scoring/rule-check";
import { offerFabric, offerNames } from "@/lib/i18n/local-names";
import type { Locale } from "@/lib/i18n/locales";

type Named = { offerId: string; provider: string; name: string };

/**
 * A frozen result as a reader of `locale` names its options: provider and offer names through
 * offerNames() (the catalogue's local names, 數碼港人工智能超算中心, 阿里雲 …) and the offer's
 * interconnect description (in its multi-node rule check and the reasons that quote it) through
 * offerFabric(). Figures, ranks and every other reason parameter stay exactly as frozen; names
 * and descriptions are wording, not evidence. A ranked option's location label is localised the
 * same way. An option that has left the catalogue keeps the text it was saved with.
 */
export function localiseResult(result: Recommendation, offers: readonly Offer[], locale: Locale): Recommendation {
  const byId = new Map(offers.map((o) => [o.id, o]));
  const fabricOf = (offer: Offer) => {
    const own = offerFabric(offer, "en");
    const local = offerFabric(offer, locale);
    const reasons = (rs: readonly Reason[]): Reason[] =>
      rs.map((r) => (r.params.fabric === own ? { ...r, params: { ...r.params, fabric: local } } : r));
    const checks = (cs: readonly RuleCheck[]): RuleCheck[] =>
      cs.map((c) => (c.rule === "multi-node" && c.offer.fabric === own ? { ...c, offer: { ...c.offer, fabric: local } } : c));
    return { reasons, checks };
  };
  // The offer's local names and fabric rewriter, worked out once per row.
  const wording = (offerId: string) => {
    const offer = byId.get(offerId);
    return offer ? { names: offerNames(offer, locale), fabric: fabricOf(offer) } : null;
  };
  const renamed = <T extends Named & { reasons: Reason[]; ruleChecks: RuleCheck[] }>(
    row: T,
    w: NonNullable<ReturnType<typeof wording>>,
  ): T => ({
    ...row,
    provider: w.names.provider,
    name: w.names.name,
    reasons: w.fabric.reasons(row.reasons),
    ruleChecks: w.fabric.checks(row.ruleChecks),
  });
  const rename = <T extends Named & { reasons: Reason[]; ruleChecks: RuleCheck[] }>(row: T): T => {
    const w = wording(row.offerId);
    return w ? renamed(row, w) : row;
  };
  const place = (row: RankedOption): RankedOption => {
    const w = wording(row.offerId);
    if (!w) return row;
    const factorDetails = Object.fromEntries(
      FACTORS.map((k) => [k, { ...row.factorDetails[k], reasons: w.fabric.reasons(row.factorDetails[k].reasons) }]),
    ) as RankedOption["factorDetails"];
    return { ...renamed(row, w), location: { ...row.location, label: w.names.location }, factorDetails };
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
