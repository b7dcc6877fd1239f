import { getTranslations } from "next-intl/server";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { reasonText } from "@/lib/explain/reason-text";
import type { Locale } from "@/lib/i18n/locales";
import styles from "./report.module.css";

/** Every excluded option with each of its reasons, in the report's language. */
export async function ReportExcluded({ result, locale }: { result: Recommendation; locale: Locale }) {
  const t = await getTranslations("consultations.report");
  return (
    <section className={styles.section} aria-labelledby="report-excluded">
      <h2 id="report-excluded">{t("excludedTitle")}</h2>
      {result.excluded.length === 0 ? (
        <p>{t("excludedNone")}</p>
      ) : (
        <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="report-excluded">
          <table className={styles.table}>
            <caption className="visually-hidden">{t("excludedCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("option")}</th>
                <th scope="col">{t("reasons")}</th>
              </tr>
            </thead>
            <tbody>
              {result.excluded.map((e) => (
                <tr key={e.offerId}>
                  <th scope="row">
                    {e.provider} · {e.name}
                  </th>
                  <td>
                    {e.reasons.map((r, i) => (
                      <div key={`${r.code}-${i}`}>{reasonText(r, locale)}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
