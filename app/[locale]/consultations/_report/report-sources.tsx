import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SourceList } from "@/app/_components/source-list";
import type { ScenarioSnapshot } from "@/lib/consultations/scenario-snapshot";
import { clientMessages } from "@/lib/i18n/client-messages";
import { REPORT_RANKED_ROWS } from "./report-ranked";
import { SimpleTable } from "@/app/_components/simple-table";
import { OptionRow } from "./option-row";
import styles from "./report.module.css";

/**
 * The sources of each listed option as frozen with the scenario, in the app's one SourceList
 * (basis badge, as-of and made-on dates, covered figures, note). The stale badge follows the
 * frozen result's own freshness, judged against the date the scenario was computed.
 */
export async function ReportSources({ snapshot, catalogueVersion }: { snapshot: ScenarioSnapshot; catalogueVersion: string }) {
  const t = await getTranslations("consultations.report");
  const listed = snapshot.result.ranked.slice(0, REPORT_RANKED_ROWS);
  return (
    <section className={styles.section} aria-labelledby="report-sources">
      <h2 id="report-sources">{t("sourcesTitle")}</h2>
      <p className={styles.small}>{t("sourcesLead", { version: catalogueVersion })}</p>
      <NextIntlClientProvider messages={await clientMessages(["labels", "common"])}>
        <SimpleTable
          className={`${styles.table} ${styles.sourcesTable}`}
          scroll={{ className: styles.scroll, tabIndex: 0, role: "region", "aria-labelledby": "report-sources" }}
          columns={[{ label: t("option") }, { label: t("sourcesTitle") }]}
        >
          {listed.map((o) => (
            <OptionRow key={o.offerId} provider={o.provider} name={o.name} location={o.location.label}>
              <td>
                <SourceList sources={snapshot.sources[o.offerId] ?? []} freshness={o.freshness ?? []} />
              </td>
            </OptionRow>
          ))}
        </SimpleTable>
      </NextIntlClientProvider>
    </section>
  );
}
