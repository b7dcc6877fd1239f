import { getTranslations } from "next-intl/server";
import type { ScenarioSnapshot } from "@/lib/consultations/scenario-snapshot";
import { REPORT_RANKED_ROWS } from "./report-ranked";
import styles from "./report.module.css";

/** The sources (URL, basis, as-of date) of the listed options, as frozen with the scenario. */
export async function ReportSources({ snapshot, catalogueVersion }: { snapshot: ScenarioSnapshot; catalogueVersion: string }) {
  const t = await getTranslations("consultations.report");
  const labels = await getTranslations("labels");
  const listed = snapshot.result.ranked.slice(0, REPORT_RANKED_ROWS);
  return (
    <section className={styles.section} aria-labelledby="report-sources">
      <h2 id="report-sources">{t("sourcesTitle")}</h2>
      <p className={styles.small}>{t("sourcesLead", { version: catalogueVersion })}</p>
      <ol className={styles.sources}>
        {listed.flatMap((o) =>
          (snapshot.sources[o.offerId] ?? []).map((s, i) => (
            <li key={`${o.offerId}-${i}`}>
              <strong>{o.provider} · {o.name}</strong> — {labels(`basis.${s.basis}`)}, {t("asOf", { date: s.asOf })}: <a href={s.url}>{s.url}</a>
            </li>
          )),
        )}
      </ol>
    </section>
  );
}
