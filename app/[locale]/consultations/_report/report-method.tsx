import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "./report.module.css";

/** How the ranking was made, and the dated disclaimer. */
export async function ReportMethod({
  locale,
  computedOn,
  catalogueVersion,
}: {
  locale: string;
  computedOn: string;
  catalogueVersion: string;
}) {
  const t = await getTranslations("consultations.report");
  return (
    <>
      <section className={`${styles.section} ${styles.keep}`} aria-labelledby="report-method">
        <h2 id="report-method">{t("methodTitle")}</h2>
        <p>{t("method")}</p>
        <p className={styles.small}>
          <Link href={`/${locale}/method`}>{t("methodLink")}</Link>
        </p>
      </section>
      <section className={`${styles.section} ${styles.keep}`} aria-labelledby="report-disclaimer">
        <h2 id="report-disclaimer">{t("disclaimerTitle")}</h2>
        <p className={styles.small}>{t("disclaimer", { date: computedOn, version: catalogueVersion })}</p>
      </section>
    </>
  );
}
