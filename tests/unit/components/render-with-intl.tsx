import { render, type RenderResult } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { CatalogueProvider } from "@/app/[locale]/_advisor/catalogue-context";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { FORMATS } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/locales";
import { NAMESPACES } from "@/lib/i18n/namespaces";

type Messages = Record<string, unknown>;

const cache = new Map<Locale, Messages>();

/** Every namespace of one locale, read from the message files the app ships. */
export async function messagesFor(locale: Locale): Promise<Messages> {
  let m = cache.get(locale);
  if (!m) {
    const entries = await Promise.all(
      NAMESPACES.map(async (ns) => [ns, (await import(`@/lib/i18n/messages/${locale}/${ns}.json`)).default] as const),
    );
    m = Object.fromEntries(entries);
    cache.set(locale, m);
  }
  return m;
}

/** Renders `ui` the way a page does: inside next-intl's provider (and the catalogue's, when given). */
export function renderWithIntl(ui: ReactElement, opts: { locale: Locale; messages: Messages; catalogue?: Catalogue }): RenderResult {
  const inner = opts.catalogue ? <CatalogueProvider catalogue={opts.catalogue}>{ui}</CatalogueProvider> : ui;
  return render(
    <NextIntlClientProvider locale={opts.locale} messages={opts.messages} formats={FORMATS} timeZone="Asia/Hong_Kong">
      {inner}
    </NextIntlClientProvider>,
  );
}

/** jsdom has no <dialog> modal API; the explain panel only needs it to open and close. */
export function stubDialogModal(): void {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
}
