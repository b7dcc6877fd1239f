import { getTranslations } from "next-intl/server";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { reasonText } from "@/lib/explain/reason-text";
import type { Locale } from "@/lib/i18n/locales";
import { SimpleTable } from "@/app/_components/simple-table";
import { OptionRow } from "./option-row";
import styles from "./report.module.css";

/** Every excluded option with each of its reasons, in the report's language. */
export async function ReportExcluded({
  result,
  locale,
  locations,
}: {
  result: Recommendation;
  locale: Locale;
  /** Each offer's location label in the report's language (`locationLabels`). */
  locations: ReadonlyMap<string, string>;
}) {
  const t = await getTranslations("consultations.report");
  return (
    <section className={styles.section} aria-labelledby="report-excluded">
      <h2 id="report-excluded">{t("excludedTitle")}</h2>
      {result.excluded.length === 0 ? (
        <p>{t("excludedNone")}</p>
      ) : (
        <SimpleTable
          className={styles.table}
          scroll={{ className: styles.scroll, tabIndex: 0, role: "region", "aria-labelledby": "report-excluded" }}
          caption={t("excludedCaption")}
          columns={[{ label: t("option") }, { label: t("reasons") }]}
        >
          {result.excluded.map((e) => (
            <OptionRow key={e.offerId} provider={e.provider} name={e.name} location={locations.get(e.offerId)}>
              <td>
                {e.reasons.map((r, i) => (
                  <div key={`${r.code}-${i}`}>{reasonText(r, locale)}</div>
                ))}
              </td>
            </OptionRow>
          ))}
        </SimpleTable>
      )}
    </section>
  );
}
