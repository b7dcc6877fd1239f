import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Family, Jurisdiction } from "@/lib/catalogue/offer-schema";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { catalogue } from "@/lib/catalogue/catalogue";
import { buildCatalogueRows, buildFilterOptions, type RowLabels } from "./_components/build-catalogue-rows";
import { parseCatalogueQuery } from "./_components/parse-catalogue-query";
import type { CatalogueRow } from "./_components/catalogue-row";
import { CATALOGUE_NAMESPACES } from "./_components/catalogue-namespaces";
import { CatalogueTable } from "./_components/catalogue-table";
import { makeFigureFormat } from "./_components/figure-format";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { CatalogueHistorySection } from "./_components/catalogue-history";
import { catalogueHistory } from "./_components/load-history";
import { Icon } from "@/app/_components/icon";
import { STALE_AFTER_MONTHS } from "@/lib/catalogue/staleness";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale } = await params;
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "en";
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/**
 * The catalogue browser. Rendered per request because the filter state comes from the
 * query string (so a shared or language-switched link renders already filtered).
 */
/** ?since=<catalogue version>: a version id as the CLI writes them (anything else is ignored). */
function sinceParam(v: string | string[] | undefined): string | null {
  const s = Array.isArray(v) ? v[0] : v;
  return s !== undefined && /^[\w.-]{1,40}$/.test(s) ? s : null;
}

type LabelsT = Awaited<ReturnType<typeof getTranslations<"labels">>>;

/** The row labels from one language's "labels" messages. */
function rowLabels(l: LabelsT): RowLabels {
  return {
    family: (f: Family) => l(`family.${f}`),
    jurisdiction: (j: Jurisdiction) => l(`jurisdiction.${j}`),
    applicationPath: (p: CatalogueRow["offer"]["applicationPath"]) => l(`applicationPath.${p}`),
    region: (r) => l(`region.${r}`),
  };
}

export default async function CataloguePage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "en";
  setRequestLocale(locale);
  const t = await getTranslations("catalogue");
  const nav = await getTranslations("nav");
  const l = await getTranslations("labels");
  const format = makeFigureFormat(locale);

  const labels = rowLabels(l);
  // Search knows the labels of every language, as it knows every language's offer names.
  const searchLabels = await Promise.all(LOCALES.map(async (lc) => rowLabels(await getTranslations({ locale: lc, namespace: "labels" }))));
  const rows = buildCatalogueRows(catalogue, locale, labels, hongKongDate(new Date()), searchLabels);
  const options = buildFilterOptions(rows, labels, format.compare);
  const query = await searchParams;
  const initialQuery = parseCatalogueQuery(query);
  const providers = new Set(rows.map((r) => r.offer.provider)).size;

  return (
    <div className="container stack">
      <header className="page-header">
        <span className="eyebrow">{nav("catalogue")}</span>
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro", { fxAsOf: catalogue.fx.asOf })}</p>
        <dl className="stats" aria-label={t("stats.label")}>
          <div className="stat">
            <dt>{t("stats.offers")}</dt>
            <dd>{format.number(rows.length)}</dd>
          </div>
          <div className="stat">
            <dt>{t("stats.providers")}</dt>
            <dd>{format.number(providers)}</dd>
          </div>
          <div className="stat">
            <dt>{t("stats.jurisdictions")}</dt>
            <dd>{format.number(options.jurisdictions.length)}</dd>
          </div>
          <div className="stat">
            <dt>{t("stats.reviewed")}</dt>
            <dd>
              <time dateTime={catalogue.reviewedOn}>{catalogue.reviewedOn}</time>
            </dd>
          </div>
        </dl>
      </header>

      <div className="callout" role="note">
        <Icon name="info" size={18} />
        <p>{t("evidenceNote", { months: STALE_AFTER_MONTHS })}</p>
      </div>

      <NextIntlClientProvider messages={await clientMessages(CATALOGUE_NAMESPACES)}>
        <CatalogueTable rows={rows} options={options} initialQuery={initialQuery} />
      </NextIntlClientProvider>

      <CatalogueHistorySection history={catalogueHistory} catalogue={catalogue} locale={locale} since={sinceParam(query.since)} />
    </div>
  );
}
