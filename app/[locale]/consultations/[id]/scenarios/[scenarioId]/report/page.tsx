import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdvisorPage } from "@/lib/auth/page-guard";
import { normaliseWeights } from "@/lib/domain/factors";
import { catalogue } from "@/lib/catalogue/catalogue";
import { localiseResult, locationLabels } from "@/lib/consultations/localise-result";
import { ReportCharts } from "../../../../_report/report-charts";
import { ReportExcluded } from "../../../../_report/report-excluded";
import { ReportHeader } from "../../../../_report/report-header";
import { ReportMethod } from "../../../../_report/report-method";
import { ReportNeeds } from "../../../../_report/report-needs";
import { ReportRanked } from "../../../../_report/report-ranked";
import { ReportSources } from "../../../../_report/report-sources";
import { ReportWeights } from "../../../../_report/report-weights";
import styles from "../../../../_report/report.module.css";
import { localeMetadata, pageParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string; id: string; scenarioId: string }> };

export const generateMetadata = localeMetadata(async (locale) => {
  const t = await getTranslations({ locale, namespace: "consultations" });
  return { title: t("report.eyebrow") };
});

/**
 * A scenario's report, print-ready on A4 (report.module.css): rendered from the scenario's
 * frozen result, so it reads the same however the catalogue has moved since.
 * /api/…/report.pdf prints this page with headless Chromium.
 */
export default async function ScenarioReportPage({ params }: Props) {
  const { locale, id, scenarioId } = await pageParams(params);
  const access = await requireAdvisorPage(locale, `/${locale}/consultations/${id}/scenarios/${scenarioId}/report`);
  const [consultation, scenario] = await Promise.all([access.repo.getConsultation(id), access.repo.getScenario(id, scenarioId)]);
  if (!consultation || !scenario) notFound();
  const result = localiseResult(scenario.snapshot.result, catalogue.offers, locale);
  return (
    <article className={styles.report} lang={locale}>
      <ReportHeader consultation={consultation} scenarios={[scenario]} />
      <ReportNeeds needs={scenario.input.needs} locale={locale} />
      <ReportWeights weights={normaliseWeights(scenario.input.weights)} method={scenario.input.method} locale={locale} />
      <ReportRanked result={result} currency={scenario.input.currency} locale={locale} />
      <ReportCharts result={result} currency={scenario.input.currency} locale={locale} />
      <ReportExcluded result={result} locale={locale} locations={locationLabels(catalogue.offers, locale)} />
      <ReportSources snapshot={{ ...scenario.snapshot, result }} catalogueVersion={scenario.catalogueVersion} />
      <ReportMethod locale={locale} scenarios={[scenario]} />
    </article>
  );
}
