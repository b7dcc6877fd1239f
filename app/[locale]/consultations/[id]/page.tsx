import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { formatterFor } from "@/lib/i18n/formatter";
import { requireAdvisorPage } from "@/lib/auth/page-guard";
import { catalogue } from "@/lib/catalogue/catalogue";
import { localiseResult } from "@/lib/consultations/localise-result";
import { intakeLinkState } from "@/lib/consultations/intake-token";
import { clientMessages } from "@/lib/i18n/client-messages";
import { encodeShareState } from "@/lib/url-state/encode-share-state";
import { normaliseWeights } from "@/lib/domain/factors";
import { AuthStatus } from "../_components/auth-status";
import { ConsultationDetailsForm } from "../_components/consultation-details-form";
import { ImportScenario } from "../_components/import-scenario";
import { IntakeLinks } from "../_components/intake-links";
import { AddFromAdvisorLink } from "../_components/add-from-advisor-link";
import { ScenarioTable } from "../_components/scenario-table";
import styles from "../_components/consultations.module.css";
import { PageHeader } from "@/app/_components/page-header";
import { localeMetadata, pageParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = localeMetadata(async (locale) => {
  const t = await getTranslations({ locale, namespace: "consultations" });
  return { title: t("consultation.eyebrow") };
});

/** One consultation: its details, scenarios (compare, report, recompute, export, import) and intake links. */
export default async function ConsultationPage({ params }: Props) {
  const { locale, id } = await pageParams(params);
  const access = await requireAdvisorPage(locale, `/${locale}/consultations/${id}`);
  const consultation = await access.repo.getConsultation(id);
  if (!consultation) notFound();
  const [scenarios, links] = await Promise.all([access.repo.listScenarios(id), access.repo.listIntakeLinks(id)]);
  const t = await getTranslations("consultations");
  const format = formatterFor(locale);
  const when = (iso: string) => format.dateTime(new Date(iso), "moment");
  const now = new Date();

  const rows = scenarios.map((s) => {
    const top = localiseResult(s.snapshot.result, catalogue.offers, locale).ranked[0];
    return {
      id: s.id,
      name: s.name,
      source: s.source,
      topLabel: top ? `${top.provider} · ${top.name}` : null,
      computedLabel: t("scenario.computedOn", { date: s.computedOn, version: s.catalogueVersion }),
      advisorHref: `/${locale}?${encodeShareState({ needs: s.input.needs, weights: normaliseWeights(s.input.weights), currency: s.input.currency, method: s.input.method, table: s.input.table })}`,
    };
  });
  const linkRows = links.map((l) => ({
    id: l.id,
    state: intakeLinkState(l, now),
    createdLabel: when(l.createdAt),
    expiresLabel: when(l.expiresAt),
    lastUsedLabel: l.lastUsedAt ? when(l.lastUsedAt) : null,
  }));

  return (
    <div className="container">
      <p className="small">
        <Link href={`/${locale}/consultations`}>← {t("consultation.backToList")}</Link>
      </p>
      <PageHeader
        eyebrow={t("consultation.eyebrow")}
        title={consultation.client}
        lead={
          <>
            {[consultation.organisation, consultation.advisor].filter(Boolean).join(" · ")}
            {consultation.organisation || consultation.advisor ? " · " : ""}
            {t("consultation.created", { date: when(consultation.createdAt) })} ·{" "}
            {t("consultation.updated", { date: when(consultation.updatedAt) })}
          </>
        }
      />
      <AuthStatus authRequired={access.authRequired} email={access.email} locale={locale} />
      <NextIntlClientProvider messages={await clientMessages(["consultations"])}>
        <section aria-labelledby="scenarios-title" className="stack">
          <h2 id="scenarios-title">{t("consultation.scenariosTitle")}</h2>
          <p className="small muted">{t("consultation.scenariosLead")}</p>
          <ScenarioTable consultationId={id} rows={rows} locale={locale} />
          <div className={styles.toolbar}>
            <AddFromAdvisorLink consultationId={id} href={`/${locale}`} label={t("consultation.addFromAdvisor")} />
            <ImportScenario consultationId={id} locale={locale} />
          </div>
        </section>
        <div className={styles.section}>
          <IntakeLinks consultationId={id} rows={linkRows} locale={locale} />
        </div>
        <div className={styles.section}>
          <ConsultationDetailsForm consultation={consultation} locale={locale} />
        </div>
      </NextIntlClientProvider>
    </div>
  );
}
