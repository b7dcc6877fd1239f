import { getTranslations } from "next-intl/server";
import { FACTORS, type Weights } from "@/lib/domain/factors";
import { SimpleTable } from "@/app/_components/simple-table";
import { formatterFor } from "@/lib/i18n/formatter";
import type { Locale } from "@/lib/i18n/locales";
import { FACTOR_COLORS } from "../../_advisor/results/charts/chart-palette";
import styles from "./report.module.css";

/** The five factor weights (normalised shares) and the ranking method. */
export async function ReportWeights({ weights, method, locale }: { weights: Weights; method: "weighted-sum" | "topsis"; locale: Locale }) {
  const t = await getTranslations("consultations.report");
  const r = await getTranslations("results");
  const format = formatterFor(locale);
  return (
    <section className={`${styles.section} ${styles.keep}`} aria-labelledby="report-weights">
      <h2 id="report-weights">{t("weightsTitle")}</h2>
      <SimpleTable
        className={styles.table}
        caption={t("weightsCaption")}
        columns={[{ label: t("factor") }, { label: t("weight"), className: styles.num }]}
      >
        {FACTORS.map((f) => (
          <tr key={f}>
            <th scope="row">
              <span className={styles.swatch} style={{ background: FACTOR_COLORS[f] }} aria-hidden="true" />
              {r(`factorFull.${f}`)}
            </th>
            <td className={styles.num}>{format.number(weights[f], "percent1")}</td>
          </tr>
        ))}
      </SimpleTable>
      <p className={styles.small}>
        {r(`methodName.${method}`)}: {r(`method.${method}`)}
      </p>
    </section>
  );
}
