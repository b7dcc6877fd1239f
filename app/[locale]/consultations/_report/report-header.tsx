import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Consultation } from "@/lib/persistence/records";
import { PrintButton } from "./print-button";
import styles from "./report.module.css";

type Props = {
  consultation: Consultation;
  title: string;
  meta: { label: string; value: string }[];
  locale: string;
  pdfHref: string | null;
};

/** Title block: who it is for, when and from which catalogue; Print / PDF / back (not printed). */
export async function ReportHeader({ consultation, title, meta, locale, pdfHref }: Props) {
  const t = await getTranslations("consultations.report");
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
