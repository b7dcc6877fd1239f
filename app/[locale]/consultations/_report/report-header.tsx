import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import type { Consultation } from "@/lib/persistence/records";
import { PrintButton } from "./print-button";
import styles from "./report.module.css";

type Props = {
  consultation: Consultation;
  title: string;
  /** The scenario a report is of (it gets a PDF link); a comparison has none. */
  scenario?: { id: string; name: string };
  /** When the result(s) were computed and from which catalogue version(s), as shown. */
  computedOn: string;
  catalogueVersion: string;
};

/**
 * Title block of a report or comparison, in the request's language: who it is for, when and
 * from which catalogue, today's date (Hong Kong); Print / PDF / back (not printed).
 */
export async function ReportHeader({ consultation, title, scenario, computedOn, catalogueVersion }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("consultations.report");
  const pdfHref = scenario ? `/api/consultations/${consultation.id}/scenarios/${scenario.id}/report.pdf?lang=${locale}` : null;
  const meta = [
    ...(scenario ? [{ label: t("scenario"), value: scenario.name }] : []),
    { label: t("computedOn"), value: computedOn },
    { label: t("catalogue"), value: catalogueVersion },
    { label: t("reportDate"), value: hongKongDate(new Date()) },
  ];
  return (
    <header className={styles.header}>
      <div className={`${styles.actions} ${styles.noPrint}`}>
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
