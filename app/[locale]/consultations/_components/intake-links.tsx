"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { useState, type FormEvent } from "react";
import type { IntakeLinkState } from "@/lib/consultations/intake-token";
import { apiCall, type ApiFailure } from "./api-client";
import { IssueList } from "./issue-list";
import { StatusNote } from "./status-note";
import styles from "./consultations.module.css";
import { SimpleTable } from "@/app/_components/simple-table";
import { SubmitButton } from "@/app/_components/submit-button";

const LINK_COLUMNS = ["created", "expires", "state", "lastUsed", "actions"] as const;

export type IntakeLinkRow = {
  id: string;
  state: IntakeLinkState;
  createdLabel: string;
  expiresLabel: string;
  lastUsedLabel: string | null;
};

/** Create, list and withdraw the consultation's client intake links. A new link's URL is shown once. */
export function IntakeLinks({ consultationId, rows, locale }: { consultationId: string; rows: IntakeLinkRow[]; locale: string }) {
  const t = useTranslations("consultations");
  /** A column's name: its header, and on phones (rows as cards) the label over each cell. */
  const column = (k: (typeof LINK_COLUMNS)[number]) => t(`intakeLinks.columns.${k}`);
  const format = useFormat();
  const [list, setList] = useState(rows);
  const [fresh, setFresh] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const base = `/api/consultations/${consultationId}/intake-links`;

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const days = Number(new FormData(e.currentTarget).get("days"));
    const res = await apiCall<{ id: string; path: string; expiresAt: string }>(base, locale, {
      method: "POST",
      body: { expiresInDays: days },
    });
    if (!res.ok) return setError(res.error);
    setError(null);
    setCopied(false);
    setFresh(`${window.location.origin}${res.data.path}`);
    const now = format.dateTime(new Date(), "moment");
    setList((l) => [
      {
        id: res.data.id,
        state: "active",
        createdLabel: now,
        expiresLabel: format.dateTime(new Date(res.data.expiresAt), "moment"),
        lastUsedLabel: null,
      },
      ...l,
    ]);
  };
  const revoke = async (id: string) => {
    const res = await apiCall(`${base}/${id}`, locale, { method: "DELETE" });
    if (!res.ok) return setError(res.error);
    setList((l) => l.map((x) => (x.id === id ? { ...x, state: "revoked" } : x)));
  };
  const copy = async () => {
    if (!fresh) return;
    try {
      await navigator.clipboard.writeText(fresh);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="card stack">
      <h2 id="intake-title">{t("intakeLinks.title")}</h2>
      <p className="small muted">{t("intakeLinks.lead")}</p>
      <form className={styles.inlineForm} onSubmit={(e) => void create(e)} aria-labelledby="intake-title">
        <label htmlFor="intake-days">{t("intakeLinks.days")}</label>
        <input id="intake-days" name="days" type="number" min={1} max={90} defaultValue={14} className="input" style={{ width: 90 }} />
        <SubmitButton className="btn btn--secondary">{t("intakeLinks.create")}</SubmitButton>
      </form>
      <IssueList error={error} lead={t("consultation.errorTitle")} />
      {fresh ? (
        <div className="stack">
          <label htmlFor="intake-url">{t("intakeLinks.created")}</label>
          <input
            id="intake-url"
            className={`input ${styles.token}`}
            readOnly
            value={fresh}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="intake-url"
          />
          <div className={styles.actions}>
            <button type="button" className="btn btn--small" onClick={() => void copy()}>
              {t("intakeLinks.copy")}
            </button>
            <StatusNote message={copied ? t("intakeLinks.copied") : null} />
          </div>
        </div>
      ) : null}
      {list.length === 0 ? (
        <p className="small muted">{t("intakeLinks.none")}</p>
      ) : (
        <SimpleTable
          scroll={{ className: "table-scroll" }}
          caption={t("intakeLinks.caption")}
          columns={LINK_COLUMNS.map((k) => ({ label: column(k) }))}
        >
          {list.map((l) => (
            <tr key={l.id}>
              <td data-label={column("created")}>{l.createdLabel}</td>
              <td data-label={column("expires")}>{l.expiresLabel}</td>
              <td data-label={column("state")}>{t(`intakeLinks.state.${l.state}`)}</td>
              <td data-label={column("lastUsed")}>{l.lastUsedLabel ?? t("intakeLinks.never")}</td>
              <td data-label={l.state === "active" ? column("actions") : undefined}>
                {l.state === "active" ? (
                  <button type="button" className="btn btn--ghost btn--small" onClick={() => void revoke(l.id)}>
                    {t("intakeLinks.revoke")}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </SimpleTable>
      )}
    </div>
  );
}
