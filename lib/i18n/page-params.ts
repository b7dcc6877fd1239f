import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "./locales";
import { routing } from "./routing";

type LocaleParams = { locale: string };

/**
 * A [locale] page's route parameters, once its locale is known to be one of ours (anything
 * else is a 404) and set for the request, so next-intl renders the page in it.
 */
export async function pageParams<P extends LocaleParams>(params: Promise<P>): Promise<Omit<P, "locale"> & { locale: Locale }> {
  const p = await params;
  if (!hasLocale(routing.locales, p.locale)) notFound();
  setRequestLocale(p.locale);
  return { ...p, locale: p.locale };
}

/** A page's `generateMetadata` from its locale (no metadata for an unknown locale, which answers 404). */
export function localeMetadata(make: (locale: Locale) => Promise<Metadata>) {
  return async ({ params }: { params: Promise<LocaleParams> }): Promise<Metadata> => {
    const { locale } = await params;
    return hasLocale(routing.locales, locale) ? make(locale) : {};
  };
}
