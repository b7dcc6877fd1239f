import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { BrandMark } from "./brand-mark";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations("common");
  const nav = await getTranslations("nav");
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={`/${locale}`} className="brand" aria-label={t("homeLinkLabel")}>
          <BrandMark />
          <span>{t("productName")}</span>
        </Link>
        <MainNav
          label={nav("label")}
          items={[
            { href: `/${locale}`, label: nav("advisor"), exact: true },
            { href: `/${locale}/catalogue`, label: nav("catalogue"), exact: false },
            { href: `/${locale}/demand`, label: nav("demand"), exact: false },
            { href: `/${locale}/method`, label: nav("method"), exact: false },
            { href: `/${locale}/consultations`, label: nav("consultations"), exact: false },
          ]}
        />
        <LanguageSwitcher current={locale} label={t("language")} />
      </div>
    </header>
  );
}
