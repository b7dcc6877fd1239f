import { getTranslations } from "next-intl/server";
import { catalogue } from "@/lib/catalogue/catalogue";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="footer-version">{t("catalogueVersion", { version: catalogue.version, reviewedOn: catalogue.reviewedOn })}</p>
        <p>{t("estimates")}</p>
        <p>{t("study")}</p>
      </div>
    </footer>
  );
}
