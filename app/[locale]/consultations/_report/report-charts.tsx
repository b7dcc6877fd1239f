import { getTranslations } from "next-intl/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { FACTORS } from "@/lib/domain/factors";
import { formatMoney, fromHkd, type DisplayCurrency } from "@/lib/format/money";
import { formatterFor } from "@/lib/i18n/formatter";
import type { Locale } from "@/lib/i18n/locales";
import { FACTOR_COLORS } from "../../_advisor/results/charts/chart-palette";
import styles from "./report.module.css";

/** Options per chart: enough to see the field, few enough to read on A4. */
const CHART_ROWS = 8;
const W = 760;
const LABEL_W = 300;
const ROW_H = 26;
const PAD_T = 8;

/** Wide (CJK) characters take about two Latin widths. */
const LABEL_UNITS = 44;
function fitLabel(text: string): string {
  let units = 0;
  let out = "";
  for (const ch of text) {
    units += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
    if (units > LABEL_UNITS) return `${out}…`;
    out += ch;
  }
  return out;
}

/**
 * Two static SVG charts drawn on the server (they print sharply and need no script): each
 * top option's score split into weight × factor contributions, and its total cost with the
 * estimate's range as a whisker. The numbers are the ranked table's.
 */
export async function ReportCharts({ result, currency, locale }: { result: Recommendation; currency: DisplayCurrency; locale: Locale }) {
  const t = await getTranslations("consultations.report");
  const r = await getTranslations("results");
  const rows = result.ranked.slice(0, CHART_ROWS);
  if (rows.length === 0) return null;
  const plotW = W - LABEL_W - 70;
  const h = PAD_T * 2 + rows.length * ROW_H;
  // Rank and offer name: providers' names are long enough that "Provider · Name" cut to fit
  // made two options of one provider read the same. The rank ties each bar to the ranked table;
  // the full name is the label's tooltip.
  const label = (o: (typeof rows)[number]) => (
    <>
      <title>{`${o.provider} · ${o.name}`}</title>
      {fitLabel(`${o.rank}. ${o.name}`)}
    </>
  );
  const costs = rows.map((o) => ({ o, range: o.costRangeHkd.high > o.costRangeHkd.low ? o.costRangeHkd : null }));
  const maxCost = Math.max(...costs.map(({ o, range }) => fromHkd(Math.max(o.costHkd, range?.high ?? 0), currency, catalogue.fx)), 1);
  const x = (hkd: number) => (fromHkd(hkd, currency, catalogue.fx) / maxCost) * plotW;
  const scoreTotal = (o: (typeof rows)[number]) => FACTORS.reduce((s, f) => s + result.weights[f] * o.factors[f], 0);

  return (
    <section className={`${styles.section}`} aria-labelledby="report-charts">
      <h2 id="report-charts">{t("chartsTitle")}</h2>
      <figure className={styles.keep} style={{ margin: 0 }}>
        <figcaption className={styles.small}>{t("scoreChart")}</figcaption>
        <svg className={styles.chart} viewBox={`0 0 ${W} ${h}`} role="img" aria-label={t("scoreChart")}>
          {rows.map((o, i) => {
            let at = LABEL_W;
            const y = PAD_T + i * ROW_H;
            // The stacked parts are the weighted-sum contributions; under TOPSIS they show the same split, scaled to its total.
            const scale = result.method === "topsis" ? o.total / Math.max(scoreTotal(o), 1e-9) : 1;
            return (
              <g key={o.offerId}>
                <text x={LABEL_W - 8} y={y + ROW_H / 2 + 4} textAnchor="end" fontSize="11" fill="currentColor">
                  {label(o)}
                </text>
                {FACTORS.map((f) => {
                  const wpx = ((result.weights[f] * o.factors[f] * scale) / 100) * plotW;
                  const rect = <rect key={f} x={at} y={y + 4} width={Math.max(wpx, 0)} height={ROW_H - 8} fill={FACTOR_COLORS[f]} />;
                  at += wpx;
                  return rect;
                })}
                <text x={at + 6} y={y + ROW_H / 2 + 4} fontSize="11" fill="currentColor">
                  {formatterFor(locale).number(o.total, "score")}
                </text>
              </g>
            );
          })}
        </svg>
        <ul className={styles.legend}>
          {FACTORS.map((f) => (
            <li key={f}>
              <span className={styles.swatch} style={{ background: FACTOR_COLORS[f] }} aria-hidden="true" />
              {r(`factorFull.${f}`)}
            </li>
          ))}
        </ul>
      </figure>
      <figure className={styles.keep} style={{ margin: 0 }}>
        <figcaption className={styles.small}>{t("costChart", { currency })}</figcaption>
        <svg className={styles.chart} viewBox={`0 0 ${W} ${h}`} role="img" aria-label={t("costChart", { currency })}>
          {costs.map(({ o, range }, i) => {
            const y = PAD_T + i * ROW_H;
            const mid = y + ROW_H / 2;
            return (
              <g key={o.offerId}>
                <text x={LABEL_W - 8} y={mid + 4} textAnchor="end" fontSize="11" fill="currentColor">
                  {label(o)}
                </text>
                <rect x={LABEL_W} y={y + 5} width={Math.max(x(o.costHkd), 1)} height={ROW_H - 10} fill="#1a56b8" opacity="0.85" />
                {range ? (
                  <line x1={LABEL_W + x(range.low)} x2={LABEL_W + x(range.high)} y1={mid} y2={mid} stroke="#111a2b" strokeWidth="2" />
                ) : null}
                <text x={LABEL_W + Math.max(x(o.costHkd), x(range?.high ?? 0)) + 6} y={mid + 4} fontSize="11" fill="currentColor">
                  {formatMoney(o.costHkd, currency, catalogue.fx, locale, { compact: true })}
                </text>
              </g>
            );
          })}
        </svg>
      </figure>
    </section>
  );
}
