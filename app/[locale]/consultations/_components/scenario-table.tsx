"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { ScenarioSource } from "@/lib/consultations/scenario-input";
import { COMPARE_MAX, COMPARE_MIN } from "@/lib/consultations/compare-scenarios";
import { apiCall, type ApiFailure } from "./api-client";
import { rememberConsultation } from "./current-consultation";
import { IssueList } from "./issue-list";
import { RecomputeButton } from "./recompute-dialog";
import styles from "./consultations.module.css";
import { SimpleTable } from "@/app/_components/simple-table";

const SCENARIO_COLUMNS = ["select", "name", "source", "top", "computed", "actions"] as const;

export type ScenarioRow = {
  id: string;
  name: string;
  source: ScenarioSource;
  topLabel: string | null;
  computedLabel: string;
  advisorHref: string;
};

/** The consultation's scenarios: select 2–4 to compare; report, open in advisor, rename, duplicate, recompute, export, delete. */
export function ScenarioTable({ consultationId, rows, locale }: { consultationId: string; rows: ScenarioRow[]; locale: string }) {
  const t = useTranslations("consultations");
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const base = `/api/consultations/${consultationId}/scenarios`;
  const refresh = () => router.refresh();

  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const run = async (path: string, method: string, body?: unknown) => {
    const res = await apiCall(path, locale, { method, body });
    setError(res.ok ? null : res.error);
    if (res.ok) refresh();
    return res.ok;
  };
  const rename = async (e: FormEvent<HTMLFormElement>, id: string) => {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get("name") ?? "");
    if (await run(`${base}/${id}`, "PATCH", { name })) setRenaming(null);
  };
  const remove = async (row: ScenarioRow) => {
    if (!window.confirm(t("scenario.confirmDelete", { name: row.name }))) return;
    await run(`${base}/${row.id}`, "DELETE");
    setSelected((s) => s.filter((x) => x !== row.id));
  };
  const canCompare = selected.length >= COMPARE_MIN && selected.length <= COMPARE_MAX;
  const compareHref = `/${locale}/consultations/${consultationId}/compare?s=${rows
    .filter((r) => selected.includes(r.id))
    .map((r) => r.id)
    .join(",")}`;

  /** A column's name: its header, and on phones (where rows become cards) the label over each cell. */
  const column = (k: (typeof SCENARIO_COLUMNS)[number]) => t(`scenario.columns.${k}`);
  if (rows.length === 0) return <p className="empty-state">{t("consultation.noScenarios")}</p>;
  return (
    <div className="stack">
      <div className={styles.actions}>
        {canCompare ? (
          <Link className="btn" href={compareHref}>
            {t("consultation.compare")}
          </Link>
        ) : (
          <button type="button" className="btn" disabled aria-describedby="compare-hint">
            {t("consultation.compare")}
          </button>
        )}
        <span id="compare-hint" className="small muted">
          {t("consultation.compareHint")}
        </span>
      </div>
      <IssueList error={error} lead={t("consultation.errorTitle")} />
      <SimpleTable
        scroll={{ className: "table-scroll card card--flush" }}
        caption={t("consultation.scenariosTitle")}
        columns={SCENARIO_COLUMNS.map((k) => ({ label: column(k) }))}
      >
        {rows.map((r) => (
          <tr key={r.id} data-scenario={r.name}>
            <td data-label={column("select")}>
              <input
                type="checkbox"
                checked={selected.includes(r.id)}
                onChange={() => toggle(r.id)}
                aria-label={t("scenario.select", { name: r.name })}
              />
            </td>
            <th scope="row">
              {renaming === r.id ? (
                <form className={styles.inlineForm} onSubmit={(e) => void rename(e, r.id)}>
                  <label className="visually-hidden" htmlFor={`rename-${r.id}`}>
                    {t("scenario.renameLabel", { name: r.name })}
                  </label>
                  <input id={`rename-${r.id}`} name="name" className="input" defaultValue={r.name} maxLength={120} autoFocus />
                  <button type="submit" className="btn btn--small">
                    {t("scenario.renameSave")}
                  </button>
                </form>
              ) : (
                <Link href={`/${locale}/consultations/${consultationId}/scenarios/${r.id}/report`}>{r.name}</Link>
              )}
            </th>
            <td className={styles.nowrap} data-label={column("source")}>
              {t(`scenario.source.${r.source}`)}
            </td>
            <td data-label={column("top")}>{r.topLabel ?? t("scenario.noTop")}</td>
            <td className="small" data-label={column("computed")}>
              {r.computedLabel}
            </td>
            <td data-label={column("actions")}>
              <div className={styles.actions}>
                <Link
                  className="btn btn--secondary btn--small"
                  href={`/${locale}/consultations/${consultationId}/scenarios/${r.id}/report`}
                >
                  {t("scenario.report")}
                </Link>
                <a className="btn btn--ghost btn--small" href={r.advisorHref} onClick={() => rememberConsultation(consultationId)}>
                  {t("scenario.openInAdvisor")}
                </a>
                <button type="button" className="btn btn--ghost btn--small" onClick={() => setRenaming(r.id)}>
                  {t("scenario.rename")}
                </button>
                <button type="button" className="btn btn--ghost btn--small" onClick={() => void run(`${base}/${r.id}/duplicate`, "POST")}>
                  {t("scenario.duplicate")}
                </button>
                <RecomputeButton consultationId={consultationId} scenarioId={r.id} name={r.name} locale={locale} onSaved={refresh} />
                <a className="btn btn--ghost btn--small" href={`${base}/${r.id}/export.json`} download>
                  {t("scenario.exportJson")}
                </a>
                <a className="btn btn--ghost btn--small" href={`${base}/${r.id}/export.csv?lang=${locale}`} download>
                  {t("scenario.exportCsv")}
                </a>
                <button type="button" className="btn btn--ghost btn--small" onClick={() => void remove(r)}>
                  {t("scenario.delete")}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </SimpleTable>
    </div>
  );
}
