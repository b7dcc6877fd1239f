import { getTranslations } from "next-intl/server";
import type { ScenarioSnapshot } from "@/lib/consultations/scenario-snapshot";
import { REPORT_RANKED_ROWS } from "./report-ranked";
import styles from "./report.module.css";

/** A URL as readable link text: host and path, percent-escapes decoded, long paths shortened. */
function linkText(url: string): string {
  try {
    const u = new URL(url);
    let path = u.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // Keep the raw path when it is not valid percent-encoding.
    }
    const text = `${u.host}${path === "/" ? "" : path}`;
    return text.length > 70 ? `${text.slice(0, 69)}…` : text;
  } catch {
    return url;
  }
}

/** The sources (basis, as-of date, URL) of each listed option, as frozen with the scenario; one row per option. */
export async function ReportSources({ snapshot, catalogueVersion }: { snapshot: ScenarioSnapshot; catalogueVersion: string }) {
  const t = await getTranslations("consultations.report");
  const labels = await getTranslations("labels");
  const listed = snapshot.result.ranked.slice(0, REPORT_RANKED_ROWS);
  return (
    <section className={styles.section} aria-labelledby="report-sources">
      <h2 id="report-sources">{t("sourcesTitle")}</h2>
      <p className={styles.small}>{t("sourcesLead", { version: catalogueVersion })}</p>
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="report-sources">
        <table className={`${styles.table} ${styles.sourcesTable}`}>
          <thead>
            <tr>
              <th scope="col">{t("option")}</th>
              <th scope="col">{t("sourcesTitle")}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((o) => {
              const seen = new Set<string>();
              const sources = (snapshot.sources[o.offerId] ?? []).filter((s) => {
                const key = `${s.url}|${s.asOf}|${s.basis}`;
                if (seen.has(key)) return false;
                seen.add(key);
                return true;
              });
              return (
                <tr key={o.offerId}>
                  <th scope="row">
                    {o.provider} · {o.name}
                  </th>
                  <td>
                    {sources.map((s) => (
                      <div key={`${s.url}|${s.asOf}|${s.basis}`}>
                        {labels(`basis.${s.basis}`)}, {t("asOf", { date: s.asOf })}: <a href={s.url}>{linkText(s.url)}</a>
                      </div>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
