import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import { clientCatalogue } from "@/lib/catalogue/client-catalogue";
import { resolveIntakeLink } from "@/lib/consultations/resolve-intake-link";
import { clientMessages } from "@/lib/i18n/client-messages";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";
import { repository } from "@/lib/persistence/open-repository";
import { fieldLabelsFor } from "@/lib/validation/field-labels";
import { ADVISOR_NAMESPACES } from "../../_advisor/advisor-namespaces";
import { IntakeForm } from "./intake-form";
import { PageHeader } from "@/app/_components/page-header";
import { localeMetadata, pageParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string; token: string }> };

export const generateMetadata = localeMetadata(async (locale) => {
  const t = await getTranslations({ locale, namespace: "consultations" });
  // The token is in the URL: keep it out of search engines and out of Referer headers.
  return { title: t("intake.metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
});

const INTAKE_CATALOGUE = clientCatalogue(catalogue);

/**
 * The page a client opens from an intake link: no account, no navigation into the
 * consultation — only the needs form. An unknown, expired or withdrawn link says so.
 */
export default async function IntakePage({ params }: Props) {
  const { locale, token } = await pageParams(params);
  const t = await getTranslations("consultations.intake");
  const resolved = await resolveIntakeLink(await repository(), token, new Date());
  if (!resolved.ok) {
    const unknown = resolved.state === "unknown";
    return (
      <div className="container">
        <PageHeader
          eyebrow={t("eyebrow")}
          title={unknown ? t("unknownTitle") : t("closedTitle")}
          lead={unknown ? t("unknown") : t("closed")}
          leadRole="alert"
        />
      </div>
    );
  }
  return (
    <div className="container">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} />
      <NextIntlClientProvider messages={await clientMessages([...ADVISOR_NAMESPACES, "consultations"])}>
        <IntakeForm
          token={token}
          catalogue={INTAKE_CATALOGUE}
          fieldLabels={fieldLabelsFor(locale)}
          initialNeeds={DEFAULT_NEEDS}
          locale={locale}
        />
      </NextIntlClientProvider>
    </div>
  );
}
