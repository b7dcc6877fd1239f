"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import type { DemandPageState } from "@/lib/demand/encode-demand-state";
import type { Locale } from "@/lib/i18n/locales";
import { apiCall, type ApiFailure } from "../../consultations/_components/api-client";
import { IssueList } from "../../consultations/_components/issue-list";
import { demandFormat } from "./demand-format";
import { DEMAND_SCENARIO_NAME_MAX } from "@/lib/demand/demand-limits";
import styles from "./demand.module.css";

/** A saved demand scenario as the routes answer it (lib/persistence/demand-scenario-records.ts). */
export type SavedDemandScenario = { id: string; name: string; state: DemandPageState; createdAt: string; updatedAt: string };

type Props = {
  initial: readonly SavedDemandScenario[];
  state: DemandPageState;
  /** False while an imported file is the population (a file is never stored with a scenario). */
  canSave: boolean;
  locale: Locale;
  onOpen: (scenario: SavedDemandScenario) => void;
};

/** Save the page's settings under a name; list, reopen, rename and delete the saved ones (shared by the advisors). */
export function SavedScenarios({ initial, state, canSave, locale, onOpen }: Props) {
  const t = useTranslations("demand.scenarios");
  const format = useFormatter();
  const f = demandFormat(locale);
  const id = useId();
  const [rows, setRows] = useState<SavedDemandScenario[]>([...initial]);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [notice, setNotice] = useState("");
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  // Last changed first, as the list route orders them.
  const put = (s: SavedDemandScenario) => setRows((r) => [s, ...r.filter((x) => x.id !== s.id)]);
  const done = (ok: boolean, failure: ApiFailure | null, message: string) => {
    setError(ok ? null : failure);
    setNotice(ok ? message : "");
  };

  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    const res = await apiCall<{ scenario: SavedDemandScenario }>("/api/demand-scenarios", locale, {
      method: "POST",
      body: { name, state },
    });
    setBusy(false);
    if (res.ok) {
      put(res.data.scenario);
      setName("");
    }
    done(res.ok, res.ok ? null : res.error, res.ok ? t("saved", { name: res.data.scenario.name }) : "");
  };
  const rename = async (e: FormEvent<HTMLFormElement>, row: SavedDemandScenario) => {
    e.preventDefault();
    const next = String(new FormData(e.currentTarget).get("name") ?? "");
    const res = await apiCall<{ scenario: SavedDemandScenario }>(`/api/demand-scenarios/${row.id}`, locale, {
      method: "PATCH",
      body: { name: next },
    });
    if (res.ok) {
      put(res.data.scenario);
      setRenaming(null);
    }
    done(res.ok, res.ok ? null : res.error, res.ok ? t("renamed", { name: res.data.scenario.name }) : "");
  };
  const remove = async (row: SavedDemandScenario) => {
    const res = await apiCall(`/api/demand-scenarios/${row.id}`, locale, { method: "DELETE" });
    if (res.ok) setRows((r) => r.filter((x) => x.id !== row.id));
    setDeleting(null);
    done(res.ok, res.ok ? null : res.error, t("deleted", { name: row.name }));
  };

  return (
    <section className={`card ${styles.panel}`} aria-labelledby={`${id}-h`} data-testid="saved-scenarios">
      <h2 id={`${id}-h`} className="card__title">
        {t("title")}
      </h2>
      <p className="muted small">{t("intro")}</p>
      <form className={styles.saveForm} onSubmit={(e) => void save(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("name")}</label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={DEMAND_SCENARIO_NAME_MAX}
            onChange={(e) => setName(e.target.value)}
            disabled={!canSave}
            aria-describedby={canSave ? undefined : `${id}-imported`}
          />
        </div>
        <button type="submit" className="btn" disabled={busy || !canSave}>
          {busy ? t("saving") : t("save")}
        </button>
      </form>
      {!canSave && (
        <p id={`${id}-imported`} className="muted small">
          {t("importedNotSaved")}
        </p>
      )}
      <IssueList error={error} lead={t("errorTitle")} />
      <p role="status" className={notice ? styles.ok : "visually-hidden"}>
        {notice}
      </p>
      {rows.length === 0 ? (
        <p className="muted small">{t("empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t("listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.population")}</th>
                <th scope="col" className="num">
                  {t("columns.price")}
                </th>
                <th scope="col" className="num">
                  {t("columns.subsidy")}
                </th>
                <th scope="col">{t("columns.updated")}</th>
                <th scope="col">{t("columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-scenario={r.name}>
                  <th scope="row">
                    {renaming === r.id ? (
                      <form className={styles.inlineForm} onSubmit={(e) => void rename(e, r)}>
                        <label className="visually-hidden" htmlFor={`${id}-rename-${r.id}`}>
                          {t("renameLabel", { name: r.name })}
                        </label>
                        <input
                          id={`${id}-rename-${r.id}`}
                          name="name"
                          className="input"
                          defaultValue={r.name}
                          maxLength={DEMAND_SCENARIO_NAME_MAX}
                          autoFocus
                        />
                        <button type="submit" className="btn btn--small">
                          {t("renameSave")}
                        </button>
                        <button type="button" className="btn btn--ghost btn--small" onClick={() => setRenaming(null)}>
                          {t("cancel")}
                        </button>
                      </form>
                    ) : (
                      r.name
                    )}
                  </th>
                  <td data-label={t("columns.population")}>
                    {r.state.source === "consultations"
                      ? t("populationConsultations")
                      : t("populationSynthetic", { firms: r.state.firms, seed: r.state.seed })}
                  </td>
                  <td className="num" data-label={t("columns.price")}>
                    {f.price(r.state.centre.priceHkdPerCardHour)}
                  </td>
                  <td className="num" data-label={t("columns.subsidy")}>
                    {f.pct(r.state.centre.subsidyShare)}
                  </td>
                  <td className="small" data-label={t("columns.updated")}>
                    {format.dateTime(new Date(r.updatedAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Hong_Kong" })}
                  </td>
                  <td data-label={t("columns.actions")}>
                    {deleting === r.id ? (
                      <div className={styles.rowActions} role="group" aria-label={t("deleteLabel", { name: r.name })}>
                        <span className="small">{t("deleteConfirm", { name: r.name })}</span>
                        <button type="button" className="btn btn--small" onClick={() => void remove(r)}>
                          {t("delete")}
                        </button>
                        <button type="button" className="btn btn--ghost btn--small" onClick={() => setDeleting(null)}>
                          {t("cancel")}
                        </button>
                      </div>
                    ) : (
                      <div className={styles.rowActions}>
                        <button
                          type="button"
                          className="btn btn--secondary btn--small"
                          aria-label={t("openLabel", { name: r.name })}
                          onClick={() => {
                            onOpen(r);
                            done(true, null, t("opened", { name: r.name }));
                          }}
                        >
                          {t("open")}
                        </button>
                        <button
                          type="button"
                          className="btn btn--ghost btn--small"
                          aria-label={t("renameLabel", { name: r.name })}
                          onClick={() => setRenaming(r.id)}
                        >
                          {t("rename")}
                        </button>
                        <button
                          type="button"
                          className="btn btn--ghost btn--small"
                          aria-label={t("deleteLabel", { name: r.name })}
                          onClick={() => setDeleting(r.id)}
                        >
                          {t("delete")}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
