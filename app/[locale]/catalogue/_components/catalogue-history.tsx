import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { changesSince, type CatalogueHistory } from "@/lib/catalogue/catalogue-history-schema";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { formatterFor } from "@/lib/i18n/formatter";
import { clientMessages } from "@/lib/i18n/client-messages";
import { offerNames } from "@/lib/i18n/local-names";
import type { Locale } from "@/lib/i18n/locales";
import { labelOr } from "@/lib/i18n/label-or";
import { HistoryChanges } from "./history-changes";

type Props = { history: CatalogueHistory; catalogue: Catalogue; locale: Locale; since: string | null };

/**
 * The catalogue's version history and "what changed since version X" (?since=<version>): every
 * applied price sheet after that version, its changed figures and the rank moves it caused for
 * the four typical firms. A plain GET form, so it works without JavaScript and the URL can be shared.
 */
export async function CatalogueHistorySection({ history, catalogue, locale, since }: Props) {
  const t = await getTranslations("catalogue.history");
  const format = formatterFor(locale);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), "day");
  const versions = [history.entries[0]?.previousVersion, ...history.entries.map((e) => e.version)].filter(
    (v): v is string => v !== undefined,
  );
  const base = since && versions.includes(since) ? since : (versions.at(-2) ?? catalogue.version);
  const entries = changesSince(history, base).slice().reverse();
  const name = (offerId: string) => {
    const offer = catalogue.offers.find((o) => o.id === offerId);
    if (!offer) return offerId;
    const n = offerNames(offer, locale);
    return `${n.provider} · ${n.name}`;
  };
  return (
    <section className="card stack" aria-labelledby="catalogue-history-heading" id="history">
      <h2 id="catalogue-history-heading">{t("heading")}</h2>
      <p>{t("current", { version: catalogue.version, date: day(catalogue.reviewedOn) })}</p>
      {history.entries.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <>
          <form method="get" action="#history" className="filters__row">
            <div className="field">
              <label htmlFor="history-since">{t("sinceLabel")}</label>
              <select id="history-since" name="since" className="select" defaultValue={base}>
                {versions.slice(0, -1).map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn btn--secondary btn--small">
              {t("show")}
            </button>
          </form>
          {entries.length === 0 ? <p className="muted">{t("nothingSince", { version: base })}</p> : null}
          <NextIntlClientProvider messages={await clientMessages(["catalogue", "labels", "common"])}>
            {entries.map((e) => (
              <article key={e.version} className="stack">
                <h3>{t("entry", { version: e.version, date: day(e.appliedOn), sheet: e.sheet })}</h3>
                <HistoryChanges
                  rows={e.changes.map((c) => ({ ...c, offerName: name(c.offerId) }))}
                  caption={t("caption", { version: e.version })}
                />
                {e.rankChanges.length > 0 ? (
                  <>
                    <h4>{t("rankHeading")}</h4>
                    <ul className="small">
                      {e.rankChanges.map((r) => (
                        <li key={`${r.preset}-${r.offerId}`}>
                          {t("rankMove", {
                            preset: labelOr(t, `preset.${r.preset}`, r.preset),
                            offer: name(r.offerId),
                            before: r.before === null ? t("notRanked") : `#${r.before}`,
                            after: r.after === null ? t("notRanked") : `#${r.after}`,
                          })}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </article>
            ))}
          </NextIntlClientProvider>
        </>
      )}
    </section>
  );
}
