"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { ResultDiff } from "@/lib/consultations/diff-results";
import { useFormat } from "@/lib/i18n/use-format";
import { apiCall, type ApiFailure } from "./api-client";
import { IssueList } from "./issue-list";
import { StatusNote } from "./status-note";
import styles from "./consultations.module.css";
import { SimpleTable } from "@/app/_components/simple-table";

type Preview = { diff: ResultDiff; computedOn: string; savedOn: string };

/** "Recompute with today's catalogue": shows every rank and cost that would change, saves only on confirmation. */
const DIFF_COLUMNS = ["option", "rank", "cost", "change"] as const;

export function RecomputeButton({
  consultationId,
  scenarioId,
  name,
  locale,
  onSaved,
}: {
  consultationId: string;
  scenarioId: string;
  name: string;
  locale: string;
  onSaved: () => void;
}) {
  const t = useTranslations("consultations");
  const format = useFormat();
  const hkd = (n: number | null) => (n === null ? null : format.number(n, "integer"));
  const dialog = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const base = `/api/consultations/${consultationId}/scenarios/${scenarioId}`;

  const open = async () => {
    setError(null);
    const res = await apiCall<Preview>(`${base}/recompute`, locale);
    if (!res.ok) return setError(res.error);
    setPreview(res.data);
    dialog.current?.showModal();
  };
  const save = async () => {
    const res = await apiCall(base, locale, { method: "PATCH", body: { recompute: true } });
    if (!res.ok) return setError(res.error);
    dialog.current?.close();
    setSaved(true);
    onSaved();
  };
  const changed = preview?.diff.changes.filter((c) => c.kind !== "unchanged") ?? [];
  const dash = t("scenario.diff.none");

  return (
    <>
      <button type="button" className="btn btn--ghost btn--small" onClick={() => void open()}>
        {t("scenario.recompute")}
      </button>
      <StatusNote message={saved ? t("scenario.recomputed") : null} />
      <IssueList error={error} lead={t("consultation.errorTitle")} />
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={`recompute-${scenarioId}`} style={{ maxWidth: 760 }}>
        <h2 id={`recompute-${scenarioId}`}>{t("scenario.recomputeTitle", { name })}</h2>
        {preview ? (
          <div className="stack">
            <p>
              {t("scenario.recomputeLead", {
                savedOn: preview.savedOn,
                before: preview.diff.catalogueBefore,
                today: preview.computedOn,
                after: preview.diff.catalogueAfter,
              })}
            </p>
            <p role="status">
              {changed.length === 0 ? t("scenario.recomputeNone") : t("scenario.recomputeCount", { count: changed.length })}
            </p>
            {changed.length > 0 ? (
              <SimpleTable
                scroll={{ className: "table-scroll" }}
                caption={t("scenario.diff.caption")}
                columns={DIFF_COLUMNS.map((k) => ({
                  label: t(`scenario.diff.${k}`),
                  className: k === "rank" || k === "cost" ? "num" : undefined,
                }))}
              >
                {changed.map((c) => (
                  <tr key={c.offerId} className={styles.diffChanged}>
                    <th scope="row">
                      {c.provider} · {c.name}
                    </th>
                    <td className="num">
                      {c.rankBefore ?? dash} → {c.rankAfter ?? dash}
                    </td>
                    <td className="num">
                      {hkd(c.costHkdBefore) ?? dash} → {hkd(c.costHkdAfter) ?? dash}
                    </td>
                    <td>{t(`scenario.diff.kind.${c.kind}`)}</td>
                  </tr>
                ))}
              </SimpleTable>
            ) : null}
          </div>
        ) : null}
        <div className={styles.actions} style={{ marginTop: 16 }}>
          <button type="button" className="btn" onClick={() => void save()} disabled={changed.length === 0}>
            {t("scenario.recomputeSave")}
          </button>
          <button type="button" className="btn btn--secondary" onClick={() => dialog.current?.close()}>
            {t("scenario.recomputeCancel")}
          </button>
        </div>
      </dialog>
    </>
  );
}
