"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { apiCall, type ApiFailure } from "./api-client";
import { ConsultationFields, consultationBody, fieldLabels } from "./consultation-fields";
import { IssueList } from "./issue-list";
import { SubmitButton } from "@/app/_components/submit-button";

/** Creates a consultation and opens it. */
export function NewConsultationForm({ locale }: { locale: string }) {
  const t = useTranslations("consultations");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const body = consultationBody(new FormData(e.currentTarget));
    setBusy(true);
    const res = await apiCall<{ id: string }>("/api/consultations", locale, { method: "POST", body });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    window.location.assign(`/${locale}/consultations/${res.data.id}`);
  };
  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="new-consultation-title">
      <h2 id="new-consultation-title">{t("list.newTitle")}</h2>
      <ConsultationFields idPrefix="nc" labels={fieldLabels(t)} />
      <IssueList error={error} lead={t("consultation.errorTitle")} />
      <div>
        <SubmitButton className="btn" disabled={busy}>
          {busy ? t("list.creating") : t("list.create")}
        </SubmitButton>
      </div>
    </form>
  );
}
