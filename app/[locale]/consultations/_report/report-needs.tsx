import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { catalogue } from "@/lib/catalogue/catalogue";
import { clientCatalogue } from "@/lib/catalogue/client-catalogue";
import { clientMessages } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { Needs } from "@/lib/needs/needs-schema";
import { fieldLabelsFor } from "@/lib/validation/field-labels";
import { CatalogueProvider } from "../../_advisor/catalogue-context";
import { ExplainInputs } from "../../_advisor/explain-inputs";
import styles from "./report.module.css";

const REPORT_CATALOGUE = clientCatalogue(catalogue);

/** The firm's needs, labelled exactly as the advisor's form and explain panel label them. */
export async function ReportNeeds({ needs, locale }: { needs: Needs; locale: Locale }) {
  const t = await getTranslations("consultations.report");
  return (
    <section className={`${styles.section} ${styles.keep}`} aria-labelledby="report-needs">
      <h2 id="report-needs">{t("needsTitle")}</h2>
      <NextIntlClientProvider messages={await clientMessages(["advisor", "labels"])}>
        <CatalogueProvider catalogue={REPORT_CATALOGUE}>
          <ExplainInputs needs={needs} fieldLabels={fieldLabelsFor(locale)} />
        </CatalogueProvider>
      </NextIntlClientProvider>
    </section>
  );
}
