import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { scenarioProvenance, type ProvenanceScenario } from "./scenario-provenance";
import styles from "./report.module.css";

/** How the ranking was made, and the disclaimer dated by the scenarios' results. */
export async function ReportMethod({ locale, scenarios }: { locale: string; scenarios: readonly ProvenanceScenario[] }) {
  const t = await getTranslations("consultations.report");
  const { computedOn, catalogueVersion } = scenarioProvenance(scenarios);
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
