"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { apiCall, type ApiFailure } from "./api-client";
import { IssueList } from "./issue-list";
import styles from "./consultations.module.css";

const text = (f: FormData, k: string) => {
  const v = String(f.get(k) ?? "").trim();
  return v === "" ? null : v;
};

/** Creates a consultation and opens it. */
export function NewConsultationForm({ locale }: { locale: string }) {
  const t = useTranslations("consultations");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    const res = await apiCall<{ id: string }>("/api/consultations", locale, {
      method: "POST",
      body: {
        client: String(f.get("client") ?? ""),
        organisation: text(f, "organisation"),
        advisor: text(f, "advisor"),
        notes: text(f, "notes"),
      },
    });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    window.location.assign(`/${locale}/consultations/${res.data.id}`);
  };
  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="new-consultation-title">
      <h2 id="new-consultation-title">{t("list.newTitle")}</h2>
      <div className={styles.formGrid}>
        <div className="field">
          <label htmlFor="nc-client">{t("fields.client")}</label>
          <input id="nc-client" name="client" className="input" required maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="nc-organisation">{t("fields.organisation")}</label>
          <input id="nc-organisation" name="organisation" className="input" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="nc-advisor">{t("fields.advisor")}</label>
          <input id="nc-advisor" name="advisor" className="input" maxLength={200} />
        </div>
        <div className={`field ${styles.wide}`}>
          <label htmlFor="nc-notes">{t("fields.notes")}</label>
          <textarea id="nc-notes" name="notes" className="input" rows={3} maxLength={10000} />
        </div>
      </div>
      <IssueList error={error} lead={t("consultation.errorTitle")} />
      <div>
        <button type="submit" className="btn" disabled={busy}>
          {busy ? t("list.creating") : t("list.create")}
        </button>
      </div>
    </form>
  );
}
