"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LOCALES, LOCALE_AUTONYM, type Locale } from "@/lib/i18n/locales";
import { switchLocalePath } from "@/lib/i18n/switch-locale-path";
import { Icon } from "@/app/_components/icon";

const SHORT_NAME: Record<Locale, string> = { en: "EN", "zh-HK": "繁", "zh-CN": "简" };

function LanguageLinks({ current, search }: { current: Locale; search: string }) {
  const pathname = usePathname();
  return (
    <ul>
      {LOCALES.map((locale) => (
        <li key={locale}>
          {/* A plain <a>: each locale has its own root layout (<html lang>), so a full load is right. */}
          <a
            href={switchLocalePath(pathname, search, locale)}
            hrefLang={locale}
            lang={locale}
            aria-current={locale === current ? "true" : undefined}
          >
            <span className="lang-long">{LOCALE_AUTONYM[locale]}</span>
            <span className="lang-short">{SHORT_NAME[locale]}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Reads the live query string (it changes as the advisor / catalogue filters update the URL). */
function LanguageLinksWithQuery({ current }: { current: Locale }) {
  const search = useSearchParams().toString();
  return <LanguageLinks current={current} search={search} />;
}

/**
 * Links to the same page in each UI language, keeping the rest of the path and the whole
 * query string. On statically rendered pages the query is unknown at build time, so the
 * Suspense fallback links without it until the browser fills it in.
 */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  return (
    <nav className="lang-switcher" aria-label={label}>
      <Icon name="globe" strokeWidth={1.8} />
      <Suspense fallback={<LanguageLinks current={current} search="" />}>
        <LanguageLinksWithQuery current={current} />
      </Suspense>
    </nav>
  );
}
