"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { encodeDemandState, type DemandPageState } from "@/lib/demand/encode-demand-state";
import { apiCall, type ApiFailure } from "../../consultations/_components/api-client";
import { IssueList } from "../../consultations/_components/issue-list";
import { demandFormat } from "./demand-format";
import { DEMAND_SCENARIO_NAME_MAX } from "@/lib/demand/demand-limits";
import { SimpleTable } from "@/app/_components/simple-table";
import styles from "./demand.module.css";
import { SubmitButton } from "@/app/_components/submit-button";

/** A saved demand scenario as the routes answer it (lib/persistence/demand-scenario-records.ts). */
export type SavedDemandScenario = { id: string; name: string; state: DemandPageState; createdAt: string; updatedAt: string };

/** A button of a saved scenario's row. */
type RowAction = { label: string; ariaLabel?: string; className: string; onClick: () => void };

type Props = {
  initial: readonly SavedDemandScenario[];
  state: DemandPageState;
  /** False while an imported file is the population (a file is never stored with a scenario). */
  canSave: boolean;
  onOpen: (scenario: SavedDemandScenario) => void;
};

/** Save the page's settings under a name; list, reopen, rename and delete the saved ones (shared by the advisors). */
export function SavedScenarios({ initial, state, canSave, onOpen }: Props) {
  const t = useTranslations("demand.scenarios");
  const locale = useLocale();
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
  // The scenario last opened or saved: "Save changes" writes the page's settings back to it.
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const loaded = rows.find((r) => r.id === loadedId);
  // The URL codec is injective, so equal encodings mean equal settings.
  const changed = loaded !== undefined && encodeDemandState(loaded.state) !== encodeDemandState(state);

  // Last changed first, as the list route orders them.
  const put = (s: SavedDemandScenario) => setRows((r) => [s, ...r.filter((x) => x.id !== s.id)]);
  const done = (ok: boolean, failure: ApiFailure | null, message: string) => {
    setError(ok ? null : failure);
    setNotice(ok ? message : "");
  };

  /** One write to the routes: the answered scenario goes to the top of the list, then `after`; the outcome is announced. */
  const write = async (
    url: string,
    method: "POST" | "PATCH",
    body: object,
    message: "saved" | "updated" | "renamed",
    after: (s: SavedDemandScenario) => void = () => {},
  ) => {
    setBusy(true);
    const res = await apiCall<{ scenario: SavedDemandScenario }>(url, locale, { method, body });
    setBusy(false);
    if (res.ok) {
      put(res.data.scenario);
      after(res.data.scenario);
    }
    done(res.ok, res.ok ? null : res.error, res.ok ? t(message, { name: res.data.scenario.name }) : "");
  };
  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void write("/api/demand-scenarios", "POST", { name, state }, "saved", (s) => {
      setLoadedId(s.id);
      setName("");
    });
  };
  const rename = (e: FormEvent<HTMLFormElement>, row: SavedDemandScenario) => {
    e.preventDefault();
    const next = String(new FormData(e.currentTarget).get("name") ?? "");
    void write(`/api/demand-scenarios/${row.id}`, "PATCH", { name: next }, "renamed", () => setRenaming(null));
  };
  const remove = async (row: SavedDemandScenario) => {
    const res = await apiCall(`/api/demand-scenarios/${row.id}`, locale, { method: "DELETE" });
    if (res.ok) setRows((r) => r.filter((x) => x.id !== row.id));
    setDeleting(null);
    done(res.ok, res.ok ? null : res.error, t("deleted", { name: row.name }));
  };
  /** A row's buttons: open, rename and delete, or the delete confirmation. */
  const actions = (r: SavedDemandScenario): RowAction[] =>
    deleting === r.id
      ? [
          { label: t("delete"), className: "btn btn--small", onClick: () => void remove(r) },
          { label: t("cancel"), className: "btn btn--ghost btn--small", onClick: () => setDeleting(null) },
        ]
      : [
          {
            label: t("open"),
            ariaLabel: t("openLabel", { name: r.name }),
            className: "btn btn--secondary btn--small",
            onClick: () => {
              onOpen(r);
              setLoadedId(r.id);
              done(true, null, t("opened", { name: r.name }));
            },
          },
          {
            label: t("rename"),
            ariaLabel: t("renameLabel", { name: r.name }),
            className: "btn btn--ghost btn--small",
            onClick: () => setRenaming(r.id),
          },
          {
            label: t("delete"),
            ariaLabel: t("deleteLabel", { name: r.name }),
            className: "btn btn--ghost btn--small",
            onClick: () => setDeleting(r.id),
          },
        ];

  return (
    <section className={`card ${styles.panel}`} aria-labelledby={`${id}-h`} data-testid="saved-scenarios">
      <h2 id={`${id}-h`} className="card__title">
        {t("title")}
      </h2>
      <p className="muted small">{t("intro")}</p>
      <form className={styles.saveForm} onSubmit={save} noValidate>
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
        <SubmitButton className="btn" disabled={busy || !canSave}>
          {busy ? t("saving") : t("save")}
        </SubmitButton>
      </form>
      {!canSave && (
        <p id={`${id}-imported`} className="muted small">
          {t("importedNotSaved")}
        </p>
      )}
      {loaded && (
        <div className={styles.saveForm} data-testid="loaded-scenario">
          <p className="small">
            {t("current", { name: loaded.name })} {changed ? t("unsaved") : t("unchanged")}
          </p>
          <button
            type="button"
            className="btn btn--secondary"
            disabled={busy || !canSave || !changed}
            onClick={() => void write(`/api/demand-scenarios/${loaded.id}`, "PATCH", { state }, "updated")}
          >
            {t("update", { name: loaded.name })}
          </button>
        </div>
      )}
      <IssueList error={error} lead={t("errorTitle")} />
      <p role="status" className={notice ? styles.ok : "visually-hidden"}>
        {notice}
      </p>
      {rows.length === 0 ? (
        <p className="muted small">{t("empty")}</p>
      ) : (
        <SimpleTable
          caption={t("listCaption")}
          scroll={{ className: "table-scroll" }}
          columns={[
            { label: t("columns.name") },
            { label: t("columns.population") },
            { label: t("columns.price"), className: "num" },
            { label: t("columns.subsidy"), className: "num" },
            { label: t("columns.updated") },
            { label: t("columns.actions") },
          ]}
        >
          {rows.map((r) => (
            <tr key={r.id} data-scenario={r.name}>
              <th scope="row">
                {renaming === r.id ? (
                  <form className={styles.inlineForm} onSubmit={(e) => rename(e, r)}>
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
                {format.dateTime(new Date(r.updatedAt), "moment")}
              </td>
              <td data-label={t("columns.actions")}>
                <div
                  className={styles.rowActions}
                  role={deleting === r.id ? "group" : undefined}
                  aria-label={deleting === r.id ? t("deleteLabel", { name: r.name }) : undefined}
                >
                  {deleting === r.id && <span className="small">{t("deleteConfirm", { name: r.name })}</span>}
                  {actions(r).map((a) => (
                    <button key={a.label} type="button" className={a.className} aria-label={a.ariaLabel} onClick={a.onClick}>
                      {a.label}
                    </button>
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </SimpleTable>
      )}
    </section>
  );
}
