import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { BrandMark } from "./_components/brand-mark";
import { createTranslator } from "next-intl";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en/common.json";
import zhHK from "@/lib/i18n/messages/zh-HK/common.json";
import zhCN from "@/lib/i18n/messages/zh-CN/common.json";
import "./globals.css";

const COMMON = { en, "zh-HK": zhHK, "zh-CN": zhCN } as const;
const t = (locale: Locale) => createTranslator({ locale, messages: { common: COMMON[locale] }, namespace: "common" });
const HOMES = LOCALES.map((locale) => ({ locale, name: t(locale)("productName"), message: t(locale)("notFound.body") }));

export const metadata: Metadata = { title: `${t("en")("notFound.metaTitle")} · ${t("en")("productName")}` };

/**
 * The 404 page for every unknown URL: an unknown first segment (/fr/…) or an unknown path
 * under a locale (/en/nope). Next renders it without route params, so the locale is unknown
 * here and the page speaks all three UI languages, each linking to its own home.
 */
export default async function GlobalNotFound() {
  // Per request, like every page: its scripts need the CSP nonce (see app/[locale]/layout.tsx).
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          {t("en")("skipToContent")}
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/en" className="brand">
              <BrandMark />
              <span>{t("en")("productName")}</span>
            </Link>
          </div>
        </header>
        <main id="main" className="container">
          <div className="not-found">
            <p className="code" aria-hidden="true">
              404
            </p>
            <h1>{t("en")("notFound.title")}</h1>
            {HOMES.map((h) => (
              <p key={h.locale} lang={h.locale} className="muted">
                {h.message}
              </p>
            ))}
            <nav aria-label={t("en")("language")} className="actions">
              {HOMES.map((h, i) => (
                <Link
                  key={h.locale}
                  className={i === 0 ? "btn" : "btn btn--secondary"}
                  href={`/${h.locale}`}
                  hrefLang={h.locale}
                  lang={h.locale}
                >
                  {h.name}
                </Link>
              ))}
            </nav>
          </div>
        </main>
      </body>
    </html>
  );
}
