import { getTranslations } from "next-intl/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { formatMoney, type DisplayCurrency } from "@/lib/format/money";
import { SimpleTable } from "@/app/_components/simple-table";
import { formatterFor } from "@/lib/i18n/formatter";
import type { Locale } from "@/lib/i18n/locales";
import { OptionLocation } from "./option-row";
import styles from "./report.module.css";

/** How many ranked options a printed report lists (the JSON and CSV exports hold them all). */
export const REPORT_RANKED_ROWS = 15;

/** The ranked table: rank, option, type, score, total cost (with its range where estimated), per month, days to result. */
export async function ReportRanked({ result, currency, locale }: { result: Recommendation; currency: DisplayCurrency; locale: Locale }) {
  const t = await getTranslations("consultations.report");
  const labels = await getTranslations("labels");
  const ranges = await getTranslations("results");
  const money = (hkd: number) => formatMoney(hkd, currency, catalogue.fx, locale);
  const score = (n: number) => formatterFor(locale).number(n, "score");
  const rows = result.ranked.slice(0, REPORT_RANKED_ROWS);
  return (
    <section className={styles.section} aria-labelledby="report-ranked">
      <h2 id="report-ranked">{t("rankedTitle")}</h2>
      <SimpleTable
        className={styles.table}
        scroll={{ className: styles.scroll, tabIndex: 0, role: "region", "aria-labelledby": "report-ranked" }}
        caption={t("rankedCaption")}
        columns={[
          { label: t("rank"), className: styles.num },
          { label: t("option") },
          { label: t("family") },
          { label: t("score"), className: styles.num },
          { label: t("cost", { currency }), className: styles.num },
          { label: t("monthly"), className: styles.num },
          { label: t("time"), className: styles.num },
        ]}
      >
        {rows.map((r) => {
          // The engine's ranges: every estimate at its favourable and unfavourable end.
          const range = r.costRangeHkd.high > r.costRangeHkd.low ? r.costRangeHkd : null;
          const ranks = r.rankRange.best !== r.rankRange.worst ? r.rankRange : null;
          return (
            <tr key={r.offerId}>
              <td className={styles.num}>
                {r.rank}
                {ranks ? (
                  <>
                    <br />
                    <span className={styles.small} title={ranges("rankRangeTitle", ranks)}>
                      {ranges("rankRange", ranks)}
                    </span>
                  </>
                ) : null}
              </td>
              <th scope="row" className={styles.option}>
                {r.provider} · {r.name}
                <OptionLocation location={r.location.label} />
              </th>
              <td className={styles.family}>{labels(`family.${r.family}`)}</td>
              <td className={styles.num}>{score(r.total)}</td>
              <td className={styles.num}>
                {money(r.costHkd)}
                {range ? (
                  <>
                    <br />
                    <span className={styles.small} title={ranges("costRangeTitle")}>
                      {ranges("costRange", { low: money(range.low), high: money(range.high) })}
                    </span>
                  </>
                ) : null}
              </td>
              <td className={styles.num}>{money(r.monthlyCostHkd)}</td>
              <td className={styles.num}>{score(r.timeToResultDays)}</td>
            </tr>
          );
        })}
      </SimpleTable>
      {result.ranked.length > rows.length ? (
        <p className={styles.small}>{t("rankedMore", { shown: rows.length, total: result.ranked.length })}</p>
      ) : null}
    </section>
  );
}
