import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

/**
 * Not-found for a page under a locale that calls notFound() (e.g. an unknown id). Unknown
 * URLs never get here: they are answered by app/not-found.tsx (see the locale layout).
 */
export default async function LocaleNotFound() {
  const locale = await getLocale();
  const t = await getTranslations("common.notFound");
  const common = await getTranslations("common");
  return (
    <div className="container">
      <title>{`${t("metaTitle")} · ${common("productName")}`}</title>
      <div className="not-found">
        <p className="code" aria-hidden="true">
          404
        </p>
        <h1>{t("title")}</h1>
        <p className="muted">{t("body")}</p>
        <div className="actions">
          <Link className="btn" href={`/${locale}`}>
            {t("backToAdvisor")}
          </Link>
          <Link className="btn btn--secondary" href={`/${locale}/catalogue`}>
            {t("browseCatalogue")}
          </Link>
        </div>
      </div>
    </div>
  );
}
