import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireAdvisorPage } from "@/lib/auth/page-guard";
import { catalogue } from "@/lib/catalogue/catalogue";
import { COMPARE_MAX, COMPARE_MIN, compareScenarios } from "@/lib/consultations/compare-scenarios";
import { localiseResult } from "@/lib/consultations/localise-result";
import { formatMoney } from "@/lib/format/money";
import { formatterFor } from "@/lib/i18n/formatter";
import type { Scenario } from "@/lib/persistence/records";
import { ReportHeader } from "../../_report/report-header";
import { ReportMethod } from "../../_report/report-method";
import { InputDifferences } from "../../_report/input-differences";
import { OptionRow } from "../../_report/option-row";
import { SimpleTable } from "@/app/_components/simple-table";
import styles from "../../_report/report.module.css";
import { localeMetadata, pageParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ s?: string | string[] }> };

export const generateMetadata = localeMetadata(async (locale) => {
  const t = await getTranslations({ locale, namespace: "consultations" });
  return { title: t("report.compareTitle") };
});

const idsSchema = z
  .string()
  .transform((s) => [...new Set(s.split(",").filter(Boolean))])
  .pipe(z.array(z.string().min(1).max(64)).min(COMPARE_MIN).max(COMPARE_MAX));

/**
 * 2–4 scenarios side by side, print-ready like the scenario report: what differs in their
 * inputs, and each top option's rank, score and cost per scenario with the differences marked.
 */
export default async function ComparePage({ params, searchParams }: Props) {
  const { locale, id } = await pageParams(params);
  const raw = (await searchParams).s;
  const access = await requireAdvisorPage(locale, `/${locale}/consultations/${id}/compare?s=${Array.isArray(raw) ? raw[0] : (raw ?? "")}`);
  const consultation = await access.repo.getConsultation(id);
  if (!consultation) notFound();
  const t = await getTranslations("consultations.report");
  const ids = idsSchema.safeParse(Array.isArray(raw) ? raw[0] : (raw ?? ""));
  const found = ids.success ? await Promise.all(ids.data.map((sid) => access.repo.getScenario(id, sid))) : [];
  const scenarios = found.filter((s): s is Scenario => s !== null);
  if (!ids.success || scenarios.length !== ids.data.length) {
    return (
      <div className="container">
        <h1>{t("pickTitle")}</h1>
        <p role="alert">{t("pickError")}</p>
        <p>
          <Link href={`/${locale}/consultations/${id}`}>{t("back")}</Link>
        </p>
      </div>
    );
  }
  const comparison = compareScenarios(
    scenarios.map((s) => ({ id: s.id, name: s.name, input: s.input, result: localiseResult(s.snapshot.result, catalogue.offers, locale) })),
  );
  const score = (n: number) => formatterFor(locale).number(n, "score");
  const currency = scenarios[0]!.input.currency;
  const money = (hkd: number) => formatMoney(hkd, currency, catalogue.fx, locale, { compact: true });
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const mark = (differs: boolean) => (differs ? styles.differs : undefined);

  return (
    <article className={styles.report} lang={locale}>
      <ReportHeader consultation={consultation} scenarios={scenarios} />
      <InputDifferences differences={comparison.inputDifferences} names={scenarios.map((s) => s.name)} locale={locale} />
      <section className={styles.section} aria-labelledby="compare-table">
        <h2 id="compare-table">{t("compareTitle")}</h2>
        <SimpleTable
          className={styles.table}
          data-testid="comparison"
          scroll={{ className: styles.scroll, tabIndex: 0, role: "region", "aria-labelledby": "compare-table" }}
          caption={t("compareCaption")}
          captionClassName={styles.small}
          columns={[
            { label: t("option") },
            ...comparison.scenarios.map((s) => ({
              key: s.id,
              className: styles.num,
              label: (
                <>
                  {s.name}
                  <br />
                  <span className={styles.small}>{t("counts", { ranked: s.rankedCount, excluded: s.excludedCount })}</span>
                </>
              ),
            })),
          ]}
        >
          {comparison.rows.map((row) => (
            <OptionRow key={row.offerId} provider={row.provider} name={row.name} location={row.location}>
              {row.cells.map((c, i) => (
                <td key={comparison.scenarios[i]!.id} className={styles.num}>
                  {c.rank === null ? (
                    <span className={styles.differs}>{t("notRanked")}</span>
                  ) : (
                    <>
                      <span className={mark(row.differs.rank)}>#{c.rank}</span> ·{" "}
                      <span className={mark(row.differs.total)}>{score(c.total!)}</span>
                      <br />
                      <span className={mark(row.differs.cost)}>{money(c.costHkd!)}</span>
                    </>
                  )}
                </td>
              ))}
            </OptionRow>
          ))}
        </SimpleTable>
        <p className={styles.small}>
          <span className={styles.differs}>{t("differs")}</span> — {t("differsLegend")}
        </p>
      </section>
      <section className={`${styles.section} ${styles.keep}`} aria-labelledby="compare-top">
        <h2 id="compare-top">{t("topOption")}</h2>
        <SimpleTable
          className={styles.table}
          scroll={{ className: styles.scroll, tabIndex: 0, role: "region", "aria-labelledby": "compare-top" }}
          columns={[{ label: t("scenario") }, { label: t("topOption") }]}
        >
          {comparison.scenarios.map((s) => {
            const top = localiseResult(byId.get(s.id)!.snapshot.result, catalogue.offers, locale).ranked[0];
            return (
              <tr key={s.id}>
                <th scope="row">
                  <Link href={`/${locale}/consultations/${id}/scenarios/${s.id}/report`}>{s.name}</Link>
                </th>
                <td>{top ? `${top.provider} · ${top.name} (${score(top.total)}, ${money(top.costHkd)})` : "—"}</td>
              </tr>
            );
          })}
        </SimpleTable>
      </section>
      <ReportMethod locale={locale} scenarios={scenarios} />
    </article>
  );
}
