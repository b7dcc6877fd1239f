import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

/** Not-found inside a locale (a page called notFound(), or an unknown path under /<locale>/). */
export default async function LocaleNotFound() {
  const locale = await getLocale();
  const t = await getTranslations("common.notFound");
  return (
    <div className="container">
      <title>{t("metaTitle")}</title>
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
