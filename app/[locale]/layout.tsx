import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { SiteFooter } from "../_components/site-footer";
import { SiteHeader } from "../_components/site-header";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Only the three locales exist. Any other first segment (/fr/…) and any unknown path under a
// locale (/en/nope) is answered by app/not-found.tsx through Next's /_not-found route, which is
// server-rendered; a notFound() thrown while rendering is not (vercel/next.js#62228: the HTML is
// an empty shell filled in by the client), so no catch-all route calls notFound() for them.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f2544",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: { template: `%s · ${t("productName")}`, default: t("productName") },
    description: t("tagline"),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  // Rendered per request: the CSP nonce (proxy.ts) must reach Next's inline scripts, and a
  // prerendered page would carry none, so the browser would block its scripts.
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");

  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider here: each page wraps its client island in one with just the
            namespaces it reads (lib/i18n/client-messages.ts), so no page carries every message. */}
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
