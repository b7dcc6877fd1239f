"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { apiCall } from "./api-client";
import styles from "./consultations.module.css";
import { SimpleTable } from "@/app/_components/simple-table";

const LIST_COLUMNS = ["client", "organisation", "advisor", "scenarios", "updated", "actions"] as const;

export type ConsultationListRow = {
  id: string;
  client: string;
  organisation: string | null;
  advisor: string | null;
  scenarioCount: number;
  updatedLabel: string;
};

/**
 * The consultations table with delete → confirm → undo. Delete moves the consultation to the
 * bin on the server at once; Undo restores it (the server keeps it for 30 days).
 */
export function ConsultationTable({ rows, locale }: { rows: ConsultationListRow[]; locale: string }) {
  const t = useTranslations("consultations");
  /** A column's name: its header, and on phones (rows as cards) the label over each cell. */
  const column = (k: (typeof LIST_COLUMNS)[number]) => t(`list.columns.${k}`);
  const [list, setList] = useState(rows);
  const [pending, setPending] = useState<ConsultationListRow | null>(null);
  const [undo, setUndo] = useState<{ row: ConsultationListRow; index: number } | null>(null);
  const [message, setMessage] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);

  const ask = (row: ConsultationListRow) => {
    setPending(row);
    dialog.current?.showModal();
  };
  const confirm = async () => {
    dialog.current?.close();
    const row = pending;
    setPending(null);
    if (!row) return;
    const res = await apiCall(`/api/consultations/${row.id}`, locale, { method: "DELETE" });
    if (!res.ok) return setMessage(res.error.message);
    const index = list.findIndex((r) => r.id === row.id);
    setList((l) => l.filter((r) => r.id !== row.id));
    setUndo({ row, index });
    setMessage(t("list.deleted", { client: row.client }));
  };
  const restore = async () => {
    if (!undo) return;
    const res = await apiCall(`/api/consultations/${undo.row.id}/restore`, locale, { method: "POST" });
    if (!res.ok) return setMessage(res.error.message);
    setList((l) => [...l.slice(0, undo.index), undo.row, ...l.slice(undo.index)]);
    setMessage(t("list.restored", { client: undo.row.client }));
    setUndo(null);
  };

  return (
    <>
      <p className="small muted" aria-live="polite">
        {t("list.count", { count: list.length })}
      </p>
      {list.length > 0 ? (
        <SimpleTable
          scroll={{ className: "table-scroll card card--flush" }}
          caption={t("list.caption")}
          columns={LIST_COLUMNS.map((k) => ({ label: column(k), className: k === "scenarios" ? "num" : undefined }))}
        >
          {list.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`/${locale}/consultations/${r.id}`}>{r.client}</Link>
              </th>
              <td data-label={r.organisation ? column("organisation") : undefined}>{r.organisation ?? ""}</td>
              <td data-label={r.advisor ? column("advisor") : undefined}>{r.advisor ?? ""}</td>
              <td className="num" data-label={column("scenarios")}>
                {r.scenarioCount}
              </td>
              <td data-label={column("updated")}>{r.updatedLabel}</td>
              <td data-label={column("actions")}>
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  aria-label={t("list.deleteNamed", { client: r.client })}
                  onClick={() => ask(r)}
                >
                  {t("list.delete")}
                </button>
              </td>
            </tr>
          ))}
        </SimpleTable>
      ) : null}

      <dialog ref={dialog} className={styles.dialog} aria-labelledby="confirm-delete-title" onClose={() => setPending(null)}>
        <h2 id="confirm-delete-title">{t("list.confirmTitle")}</h2>
        <p>{pending ? t("list.confirmBody", { client: pending.client, count: pending.scenarioCount }) : null}</p>
        <div className={styles.actions}>
          <button type="button" className="btn" onClick={() => void confirm()}>
            {t("list.confirm")}
          </button>
          <button type="button" className="btn btn--secondary" onClick={() => dialog.current?.close()}>
            {t("list.cancel")}
          </button>
        </div>
      </dialog>

      <div role="status" aria-live="polite">
        {message ? (
          <div className={styles.toast}>
            <span>{message}</span>
            {undo ? (
              <button type="button" className="btn btn--ghost btn--small" onClick={() => void restore()}>
                {t("list.undo")}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
