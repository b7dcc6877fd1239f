"use client";

import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { DataTable } from "@/app/_components/data-table";
import { sourceLinkText } from "@/app/_components/source-list";
import type { HistoryChange } from "@/lib/catalogue/catalogue-history-schema";
import { labelOr } from "@/lib/i18n/label-or";
import { useFormat } from "@/lib/i18n/use-format";

/** One changed figure, with the offer's name as the page shows it. */
export type HistoryChangeRow = HistoryChange & { offerName: string };

const h = createColumnHelper<HistoryChangeRow>();

/** The figures one price sheet changed: old → new, the change in %, as-of date and source. */
export function HistoryChanges({ rows, caption }: { rows: HistoryChangeRow[]; caption: string }) {
  const t = useTranslations("catalogue.history");
  const tl = useTranslations("labels");
  const format = useFormat();
  const [sorting, setSorting] = useState<SortingState>([]);
  const value = (n: number, currency: string | null) =>
    currency ? format.number(n, { style: "currency", currency, maximumFractionDigits: 2 }) : format.number(n, "decimal2");
  const columns = [
    h.accessor("offerName", { header: t("columns.offer"), meta: { label: t("columns.offer"), rowHeader: true } }),
    h.accessor("figure", {
      header: t("columns.figure"),
      meta: { label: t("columns.figure") },
      cell: (c) => labelOr(tl, `figure.${c.getValue()}`, c.getValue()),
    }),
    h.accessor("oldValue", {
      header: t("columns.old"),
      meta: { label: t("columns.old"), numeric: true },
      cell: (c) => value(c.getValue(), c.row.original.currency),
    }),
    h.accessor("newValue", {
      header: t("columns.new"),
      meta: { label: t("columns.new"), numeric: true },
      cell: (c) => value(c.getValue(), c.row.original.currency),
    }),
    h.accessor((r) => r.changePct ?? 0, {
      id: "change",
      header: t("columns.change"),
      meta: { label: t("columns.change"), numeric: true },
      cell: (c) =>
        c.row.original.changePct === null
          ? "—"
          : format.number(c.row.original.changePct / 100, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }),
    }),
    h.accessor("asOf", {
      header: t("columns.asOf"),
      meta: { label: t("columns.asOf") },
      cell: (c) => <time dateTime={c.getValue()}>{format.dateTime(new Date(`${c.getValue()}T00:00:00Z`), "day")}</time>,
    }),
    h.accessor("sourceUrl", {
      header: t("columns.source"),
      enableSorting: false,
      meta: { label: t("columns.source") },
      cell: (c) => (
        <a href={c.getValue()} target="_blank" rel="noopener noreferrer">
          {sourceLinkText(c.getValue())}{" "}
          <span className={`badge badge--${c.row.original.basis}`}>{tl(`basis.${c.row.original.basis}`)}</span>
        </a>
      ),
    }),
  ];
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (r, i) => `${r.offerId}-${r.figure}-${i}`,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return <DataTable table={table} caption={caption} regionLabel={caption} empty={null} />;
}
