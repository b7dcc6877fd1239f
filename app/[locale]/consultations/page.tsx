import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { formatterFor } from "@/lib/i18n/formatter";
import { z } from "zod";
import { requireAdvisorPage } from "@/lib/auth/page-guard";
import { UNDO_WINDOW_MS } from "@/lib/consultations/undo-window";
import { clientMessages } from "@/lib/i18n/client-messages";
import { CONSULTATION_SORTS } from "@/lib/persistence/repository";
import { storableText } from "@/lib/persistence/storable-text";
import { AuthStatus } from "./_components/auth-status";
import { ConsultationTable } from "./_components/consultation-table";
import { NewConsultationForm } from "./_components/new-consultation-form";
import styles from "./_components/consultations.module.css";
import { PageHeader } from "@/app/_components/page-header";
import { Field } from "@/app/_components/field";
import { localeMetadata, pageParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = localeMetadata(async (locale) => {
  const t = await getTranslations({ locale, namespace: "consultations" });
  return { title: t("list.metaTitle") };
});

// Search and sort live in the URL (shareable, back-button friendly); anything invalid falls back.
const querySchema = z.object({
  q: storableText(z.string().trim().max(200)).catch(""),
  sort: z.enum(CONSULTATION_SORTS).catch("updated-desc"),
});

export default async function ConsultationsPage({ params, searchParams }: Props) {
  const { locale } = await pageParams(params);
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const query = querySchema.parse({ q: first(raw.q) ?? "", sort: first(raw.sort) ?? "updated-desc" });
  const access = await requireAdvisorPage(locale, `/${locale}/consultations`);
  await access.repo.purgeDeletedConsultations(new Date(Date.now() - UNDO_WINDOW_MS).toISOString());
  const list = await access.repo.listConsultations({ search: query.q, sort: query.sort });
  const t = await getTranslations("consultations");
  const format = formatterFor(locale);
  const rows = list.map((c) => ({
    id: c.id,
    client: c.client,
    organisation: c.organisation,
    advisor: c.advisor,
    scenarioCount: c.scenarioCount,
    updatedLabel: format.dateTime(new Date(c.updatedAt), "moment"),
  }));

  return (
    <div className="container">
      <PageHeader eyebrow={t("list.eyebrow")} title={t("list.title")} lead={t("list.lead")} />
      <AuthStatus authRequired={access.authRequired} email={access.email} locale={locale} />

      <form className={styles.toolbar} method="get" role="search">
        <Field id="consultation-search" label={t("list.searchLabel")} className={styles.grow}>
          <input
            id="consultation-search"
            name="q"
            type="search"
            className="input input--search"
            defaultValue={query.q}
            placeholder={t("list.searchPlaceholder")}
            maxLength={200}
          />
        </Field>
        <Field id="consultation-sort" label={t("list.sortLabel")}>
          <select id="consultation-sort" name="sort" className="select" defaultValue={query.sort}>
            {CONSULTATION_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`list.sort.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="btn btn--secondary">
          {t("list.search")}
        </button>
      </form>

      <NextIntlClientProvider messages={await clientMessages(["consultations"])}>
        {rows.length === 0 ? <p className="empty-state">{query.q ? t("list.noMatch", { q: query.q }) : t("list.empty")}</p> : null}
        <ConsultationTable key={`${query.q}|${query.sort}`} rows={rows} locale={locale} />
        <div className={styles.section}>
          <NewConsultationForm locale={locale} />
        </div>
      </NextIntlClientProvider>
    </div>
  );
}
