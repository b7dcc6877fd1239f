"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { Consultation } from "@/lib/persistence/records";
import { apiCall, type ApiFailure } from "./api-client";
import { ConsultationFields, consultationBody, fieldLabels } from "./consultation-fields";
import { IssueList } from "./issue-list";
import { StatusNote } from "./status-note";
import styles from "./consultations.module.css";
import { SubmitButton } from "@/app/_components/submit-button";

/** Edits the client's name, organisation, advisor and notes (PATCH). */
export function ConsultationDetailsForm({ consultation, locale }: { consultation: Consultation; locale: string }) {
  const t = useTranslations("consultations");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const body = consultationBody(new FormData(e.currentTarget));
    setBusy(true);
    setSaved(false);
    const res = await apiCall(`/api/consultations/${consultation.id}`, locale, { method: "PATCH", body });
    setBusy(false);
    setError(res.ok ? null : res.error);
    setSaved(res.ok);
  };
  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="details-title">
      <h2 id="details-title">{t("consultation.detailsTitle")}</h2>
      <ConsultationFields idPrefix="cd" labels={fieldLabels(t)} consultation={consultation} />
      <IssueList error={error} lead={t("consultation.errorTitle")} />
      <div className={styles.actions}>
        <SubmitButton className="btn btn--secondary" disabled={busy}>
          {busy ? t("consultation.saving") : t("consultation.save")}
        </SubmitButton>
        <StatusNote message={saved ? t("consultation.saved") : null} />
      </div>
    </form>
  );
}
