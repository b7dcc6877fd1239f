"use client";

// TEMPORARY: stands in for results/results-panel.tsx until that file lands.
import { useTranslations } from "next-intl";
import { catalogue } from "@/lib/catalogue/catalogue";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import type { Weights } from "@/lib/domain/weights/weight-presets";
import { formatMoney, type DisplayCurrency } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  recommendation: Recommendation;
  currency: DisplayCurrency;
  locale: Locale;
  durationMonths: number;
  method: "weighted-sum" | "topsis";
  weights: Weights;
  onExplain: (offerId: string) => void;
};

export function ResultsPanel({ recommendation, currency, locale, onExplain }: Props) {
  const t = useTranslations("advisor.results");
  return (
    <div className="card card--flush">
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t("heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("rank")}</th>
              <th scope="col">{t("option")}</th>
              <th scope="col" className="is-numeric">
                {t("total")}
              </th>
              <th scope="col" className="is-numeric">
                {t("cost")}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t("explain")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {recommendation.ranked.map((r) => (
              <tr key={r.offerId} className="offer-row">
                <td className="num">{r.rank}</td>
                <td>
                  <span className="offer-provider">{r.provider}</span>
                  <span className="offer-name">{r.name}</span>
                </td>
                <td className="is-numeric num">{r.total.toFixed(1)}</td>
                <td className="is-numeric num">{formatMoney(r.costHKD, currency, catalogue.fx, locale)}</td>
                <td>
                  <button type="button" className="btn btn--ghost btn--small" onClick={() => onExplain(r.offerId)} aria-label={t("explainFor", { name: `${r.provider} ${r.name}` })}>
                    {t("explain")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
