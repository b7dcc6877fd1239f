import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { catalogue } from "@/lib/catalogue/catalogue";
import { clientMessages } from "@/lib/i18n/client-messages";
import { localiseCatalogue } from "@/lib/i18n/local-names";
import { clientCatalogue } from "@/lib/catalogue/client-catalogue";
import { routing } from "@/lib/i18n/routing";
import { decodeShareState } from "@/lib/url-state/share-state";
import { fieldLabelsFor } from "@/lib/validation/field-labels";
import { AdvisorApp } from "./_advisor/advisor-app";
import { ADVISOR_NAMESPACES } from "./_advisor/advisor-namespaces";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "advisor" });
  const common = await getTranslations({ locale, namespace: "common" });
  // The layout's title template only applies to child segments, not to this page beside it.
  return { title: { absolute: `${t("metaTitle")} · ${common("productName")}` }, description: t("metaDescription") };
}

/**
 * The advisor (home page of each locale). The whole state is in `?v=&s=`: decoded here on
 * the server (an unreadable link falls back to the defaults and says so), today's Hong Kong
 * date is fixed here so the server and browser rank identically, and the client island
 * takes over from there. The catalogue is parsed here, on the server, and handed to the
 * island as data, so the browser downloads neither the JSON files as code nor zod to re-check them.
 */
// Built once per server process and locale: the catalogue only changes with a deploy.
const ADVISOR_CATALOGUES = new Map(routing.locales.map((l) => [l, localiseCatalogue(clientCatalogue(catalogue), l)]));

export default async function AdvisorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const decoded = decodeShareState({ v: first(query.v), s: first(query.s) });
  const asOf = hongKongDate(new Date());
  return (
    <NextIntlClientProvider messages={await clientMessages(ADVISOR_NAMESPACES)}>
      <AdvisorApp
        catalogue={ADVISOR_CATALOGUES.get(locale) ?? clientCatalogue(catalogue)}
        fieldLabels={fieldLabelsFor(locale)}
        initialState={decoded.state}
        decodeProblem={decoded.ok ? null : decoded.problem}
        droppedFromLink={decoded.ok ? decoded.dropped : []}
        asOf={asOf}
        locale={locale}
      />
    </NextIntlClientProvider>
  );
}
