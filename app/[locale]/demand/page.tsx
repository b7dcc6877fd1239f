import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { catalogue } from "@/lib/catalogue/catalogue";
import { clientCatalogue } from "@/lib/catalogue/client-catalogue";
import { centreOffers } from "@/lib/domain/demand/centre-scenario";
import { decodeDemandState, defaultDemandState } from "@/lib/demand/demand-url-state";
import { demandAdvisorAccess } from "@/lib/demand/http/demand-advisor-access";
import { clientMessages } from "@/lib/i18n/client-messages";
import { offerNames } from "@/lib/i18n/local-names";
import { routing } from "@/lib/i18n/routing";
import { Assumptions } from "./_components/assumptions";
import { ColumnReference } from "./_components/column-reference";
import { DemandApp } from "./_components/demand-app";
import { DEMAND_NAMESPACES } from "./_components/demand-namespaces";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "demand" });
  return { title: t("metaTitle"), description: t("metaDescription") };
}

// Built once per server process: the catalogue only changes with a deploy.
const DEMAND_CATALOGUE = clientCatalogue(catalogue);

/**
 * Demand sizing for Hong Kong's AI supercomputing centre. The settings are in the query
 * string (lib/demand/demand-url-state.ts), decoded here; the model runs in the browser's Web
 * Worker; the assumptions and the CSV column reference are rendered here, on the server.
 */
export default async function DemandPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("demand");
  const raw = await searchParams;
  const query = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const decoded = decodeDemandState(query, catalogue);
  const access = await demandAdvisorAccess();
  const advisor = access ? { scenarios: await access.repo.listDemandScenarios() } : null;
  // The consultations are an advisor's population: a link that asks for them falls back to the synthetic firms otherwise.
  const initialState = advisor || decoded.state.source === "synthetic" ? decoded.state : { ...decoded.state, source: "synthetic" as const };
  return (
    <div className="container stack">
      <header className="page-header">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1>{t("title")}</h1>
        <p className="lead">{t("lead")}</p>
      </header>
      <NextIntlClientProvider messages={await clientMessages(DEMAND_NAMESPACES)}>
        <DemandApp
          catalogue={DEMAND_CATALOGUE}
          initialState={initialState}
          defaults={defaultDemandState(catalogue)}
          decodeProblem={decoded.problem}
          asOf={hongKongDate(new Date())}
          locale={locale}
          columnReference={<ColumnReference locale={locale} />}
          centreOfferNames={centreOffers(catalogue).map((o) => {
            const n = offerNames(o, locale);
            return `${n.provider} ${n.name}`;
          })}
          advisor={advisor}
          signIn={
            <p className="callout small" data-testid="demand-sign-in">
              {t("scenarios.signIn")}{" "}
              <Link href={`/${locale}/login?next=${encodeURIComponent(`/${locale}/demand`)}`}>{t("scenarios.signInLink")}</Link>
            </p>
          }
        />
      </NextIntlClientProvider>
      <Assumptions locale={locale} />
    </div>
  );
}
