import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { hongKongDate } from "@/lib/api/hong-kong-date";
import { routing } from "@/lib/i18n/routing";
import { decodeShareState } from "@/lib/url-state/share-state";
import { AdvisorApp } from "./_advisor/advisor-app";

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
 * takes over from there.
 */
export default async function AdvisorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const decoded = decodeShareState({ v: first(query.v), s: first(query.s) });
  const asOf = hongKongDate(new Date());
  return <AdvisorApp initialState={decoded.state} decodeProblem={decoded.ok ? null : decoded.problem} asOf={asOf} locale={locale} />;
}
