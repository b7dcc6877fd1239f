import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import type { Consultation, Scenario } from "@/lib/persistence/records";
import { PrintButton } from "./print-button";
import { scenarioProvenance, type ProvenanceScenario } from "./scenario-provenance";
import styles from "./report.module.css";

type Props = {
  consultation: Consultation;
  /** One scenario (its report: its name in the title, a PDF link) or several (a comparison). */
  scenarios: readonly (ProvenanceScenario & Pick<Scenario, "id" | "name">)[];
};

/**
 * Title block of a scenario's report or of a comparison, in the request's language: who it is
 * for, when and from which catalogue (each distinct date and version), today's date in Hong
 * Kong; Print / PDF / back (not printed).
 */
export async function ReportHeader({ consultation, scenarios }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("consultations.report");
  const only = scenarios.length === 1 ? scenarios[0] : undefined;
  const title = only
    ? t("title", { client: consultation.client, name: only.name })
    : t("comparisonTitle", { client: consultation.client, count: scenarios.length });
  const pdfHref = only ? `/api/consultations/${consultation.id}/scenarios/${only.id}/report.pdf?lang=${locale}` : null;
  const { computedOn, catalogueVersion } = scenarioProvenance(scenarios);
  const meta = [
    ...(only ? [{ label: t("scenario"), value: only.name }] : []),
    { label: t("computedOn"), value: computedOn },
    { label: t("catalogue"), value: catalogueVersion },
    { label: t("reportDate"), value: hongKongDate(new Date()) },
  ];
  return (
    <header className={styles.header}>
      <div className={`button-row ${styles.noPrint}`}>
        <Link className="btn btn--ghost btn--small" href={`/${locale}/consultations/${consultation.id}`}>
          ← {t("back")}
        </Link>
        <PrintButton label={t("print")} />
        {pdfHref ? (
          <a className="btn btn--small" href={pdfHref} download>
            {t("pdf")}
          </a>
        ) : null}
      </div>
      <span className="eyebrow">{t("eyebrow")}</span>
      <h1>{title}</h1>
      <dl className={styles.meta}>
        <div>
          <dt>{t("preparedFor")}</dt>
          <dd>{[consultation.client, consultation.organisation].filter(Boolean).join(" · ")}</dd>
        </div>
        {consultation.advisor ? (
          <div>
            <dt>{t("preparedBy")}</dt>
            <dd>{consultation.advisor}</dd>
          </div>
        ) : null}
        {meta.map((m) => (
          <div key={m.label}>
            <dt>{m.label}</dt>
            <dd>{m.value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
