"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { Consultation } from "@/lib/persistence/records";
import { apiCall, type ApiFailure } from "./api-client";
import { IssueList } from "./issue-list";
import styles from "./consultations.module.css";

const text = (f: FormData, k: string) => {
  const v = String(f.get(k) ?? "").trim();
  return v === "" ? null : v;
};

/** Edits the client's name, organisation, advisor and notes (PATCH). */
export function ConsultationDetailsForm({ consultation, locale }: { consultation: Consultation; locale: string }) {
  const t = useTranslations("consultations");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    setSaved(false);
    const res = await apiCall(`/api/consultations/${consultation.id}`, locale, {
      method: "PATCH",
      body: {
        client: String(f.get("client") ?? ""),
        organisation: text(f, "organisation"),
        advisor: text(f, "advisor"),
        notes: text(f, "notes"),
      },
    });
    setBusy(false);
    setError(res.ok ? null : res.error);
    setSaved(res.ok);
  };
  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="details-title">
      <h2 id="details-title">{t("consultation.detailsTitle")}</h2>
      <div className={styles.formGrid}>
        <div className="field">
          <label htmlFor="cd-client">{t("fields.client")}</label>
          <input id="cd-client" name="client" className="input" defaultValue={consultation.client} required maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="cd-organisation">{t("fields.organisation")}</label>
          <input
            id="cd-organisation"
            name="organisation"
            className="input"
            defaultValue={consultation.organisation ?? ""}
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor="cd-advisor">{t("fields.advisor")}</label>
          <input id="cd-advisor" name="advisor" className="input" defaultValue={consultation.advisor ?? ""} maxLength={200} />
        </div>
        <div className={`field ${styles.wide}`}>
          <label htmlFor="cd-notes">{t("fields.notes")}</label>
          <textarea id="cd-notes" name="notes" className="input" rows={3} defaultValue={consultation.notes ?? ""} maxLength={10000} />
        </div>
      </div>
      <IssueList error={error} lead={t("consultation.errorTitle")} />
      <div className={styles.actions}>
        <button type="submit" className="btn btn--secondary" disabled={busy}>
          {busy ? t("consultation.saving") : t("consultation.save")}
        </button>
        <span role="status" className="small muted">
          {saved ? t("consultation.saved") : ""}
        </span>
      </div>
    </form>
  );
}
