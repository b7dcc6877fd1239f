import { getTranslations } from "next-intl/server";
import { FACTORS, type Weights } from "@/lib/domain/factors";
import { FORMAT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { FACTOR_COLORS } from "../../_advisor/results/charts/chart-palette";
import styles from "./report.module.css";

/** The five factor weights (normalised shares) and the ranking method. */
export async function ReportWeights({ weights, method, locale }: { weights: Weights; method: "weighted-sum" | "topsis"; locale: Locale }) {
  const t = await getTranslations("consultations.report");
  const r = await getTranslations("results");
  const pct = new Intl.NumberFormat(FORMAT_LOCALE[locale], { style: "percent", maximumFractionDigits: 1 });
  return (
    <section className={`${styles.section} ${styles.keep}`} aria-labelledby="report-weights">
      <h2 id="report-weights">{t("weightsTitle")}</h2>
      <table className={styles.table}>
        <caption className="visually-hidden">{t("weightsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("factor")}</th>
            <th scope="col" className={styles.num}>
              {t("weight")}
            </th>
          </tr>
        </thead>
        <tbody>
          {FACTORS.map((f) => (
            <tr key={f}>
              <th scope="row">
                <span className={styles.swatch} style={{ background: FACTOR_COLORS[f] }} aria-hidden="true" />
                {r(`factorFull.${f}`)}
              </th>
              <td className={styles.num}>{pct.format(weights[f])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.small}>
        {r(`methodName.${method}`)}: {r(`method.${method}`)}
      </p>
    </section>
  );
}
