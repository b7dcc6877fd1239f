import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { authRequired } from "@/lib/auth/auth-config";
import { clientMessages } from "@/lib/i18n/client-messages";
import { LoginForm } from "./login-form";
import { PageHeader } from "@/app/_components/page-header";
import { localeMetadata, pageParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[] }> };

export const generateMetadata = localeMetadata(async (locale) => {
  const t = await getTranslations({ locale, namespace: "consultations" });
  return { title: t("auth.loginTitle") };
});

/** Only same-site paths under a locale are followed after sign-in (no open redirect). */
function safeNext(next: string | string[] | undefined, locale: string): string {
  const v = Array.isArray(next) ? next[0] : next;
  return v && /^\/(en|zh-HK|zh-CN)\/[^/\\]/.test(v) && !v.startsWith("//") ? v : `/${locale}/consultations`;
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await pageParams(params);
  const t = await getTranslations("consultations");
  const next = safeNext((await searchParams).next, locale);
  return (
    <div className="container">
      <PageHeader eyebrow={t("list.eyebrow")} title={t("auth.loginTitle")} lead={t("auth.loginLead")} />
      {authRequired() ? (
        <NextIntlClientProvider messages={await clientMessages(["consultations"])}>
          <LoginForm locale={locale} next={next} />
        </NextIntlClientProvider>
      ) : (
        <div className="card stack">
          <p>{t("auth.notRequired")}</p>
          <p>
            <Link href={`/${locale}/consultations`}>{t("auth.toConsultations")}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
