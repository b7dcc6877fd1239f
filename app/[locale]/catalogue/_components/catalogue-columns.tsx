import type { useTranslations } from "next-intl";
import type { ColumnDef, Row, SortingFn } from "@tanstack/react-table";
import { APPLICATION_PATHS, FAMILIES } from "@/lib/catalogue/catalogue-vocabulary";
import type { CatalogueRow } from "./catalogue-row";
import type { SortableColumn } from "./catalogue-query";
import { BasisBadge, StaleBadge } from "./evidence-badges";
import type { FigureFormat } from "./figure-format";
import { labelOr } from "@/lib/i18n/label-or";

type CatalogueT = ReturnType<typeof useTranslations<"catalogue">>;
type LabelsT = ReturnType<typeof useTranslations<"labels">>;

export type ColumnDeps = {
  t: CatalogueT;
  labels: LabelsT;
  format: FigureFormat;
  /** Renders the expand/collapse control for a row (owned by the table). */
  renderToggle: (row: Row<CatalogueRow>) => React.ReactNode;
};

const byId = (a: Row<CatalogueRow>, b: Row<CatalogueRow>) =>
  a.original.offer.id < b.original.offer.id ? -1 : a.original.offer.id > b.original.offer.id ? 1 : 0;

/** Sorting with an explicit tie-break on the offer id, so equal values never reorder between renders. */
function sortBy(compare: (a: CatalogueRow, b: CatalogueRow) => number): SortingFn<CatalogueRow> {
  return (a, b) => compare(a.original, b.original) || byId(a, b);
}

const rank =
  <T extends string>(list: readonly T[]) =>
  (value: T) =>
    list.indexOf(value);
const familyRank = rank(FAMILIES);
const pathRank = rank(APPLICATION_PATHS);

/** Plain-text column names (the price header is two lines), e.g. for mobile cell labels. */
export function columnLabel(t: CatalogueT, id: string): string {
  return id === "price" ? t("columns.priceFull") : labelOr(t, `columns.${id}`, id);
}

/**
 * The catalogue columns, generated from the view's translators and number format (kept
 * apart from the table component). Column ids are the `sort` values of the URL.
 */
export function catalogueColumns({ t, labels, format, renderToggle }: ColumnDeps): ColumnDef<CatalogueRow>[] {
  const columns: (ColumnDef<CatalogueRow> & { id: SortableColumn })[] = [
    {
      id: "offer",
      header: t("columns.offer"),
      accessorFn: (r) => `${r.offer.provider} ${r.offer.name}`,
      sortingFn: sortBy((a, b) => format.compare(a.offer.provider, b.offer.provider) || format.compare(a.offer.name, b.offer.name)),
      cell: ({ row }) => renderToggle(row),
      meta: { sticky: true, rowHeader: true },
    },
    {
      id: "family",
      header: t("columns.family"),
      accessorFn: (r) => r.offer.family,
      sortingFn: sortBy((a, b) => familyRank(a.offer.family) - familyRank(b.offer.family)),
      filterFn: (row, _id, value) => row.original.offer.family === value,
      cell: ({ row }) => (
        <span className="family-label">
          <span className={`family-dot family-dot--${row.original.offer.family}`} aria-hidden="true" />
          {labels(`family.${row.original.offer.family}`)}
        </span>
      ),
    },
    {
      id: "location",
      header: t("columns.location"),
      accessorFn: (r) => r.offer.location.label,
      sortingFn: sortBy((a, b) => format.compare(a.offer.location.label, b.offer.location.label)),
      filterFn: (row, _id, value) => row.original.offer.location.jurisdiction === value,
      cell: ({ row }) => (
        <span className="cell-stack">
          <span>{row.original.offer.location.label}</span>
          <span className="cell-sub">{labels(`jurisdiction.${row.original.offer.location.jurisdiction}`)}</span>
        </span>
      ),
    },
    {
      id: "accelerator",
      header: t("columns.accelerator"),
      accessorFn: (r) => r.acceleratorName,
      sortingFn: sortBy(
        (a, b) => format.compare(a.acceleratorName, b.acceleratorName) || a.offer.accelerator.perNode - b.offer.accelerator.perNode,
      ),
      filterFn: (row, _id, value) => row.original.offer.accelerator.model === value,
      cell: ({ row }) => (
        <span className="cell-stack">
          <span className="nowrap-sm">{row.original.acceleratorName}</span>
          <span className="cell-sub">{t("cells.perNode", { count: row.original.offer.accelerator.perNode })}</span>
        </span>
      ),
    },
    {
      id: "price",
      header: () => (
        <span className="th-stack">
          <span>{t("columns.price")}</span>
          <span className="th-sub">{t("columns.priceUnit")}</span>
        </span>
      ),
      accessorFn: (r) => r.priceHkdPerAcceleratorHour,
      sortingFn: sortBy((a, b) => a.priceHkdPerAcceleratorHour - b.priceHkdPerAcceleratorHour),
      cell: ({ row }) => {
        const { offer, priceHkdPerAcceleratorHour } = row.original;
        return (
          <span className="cell-stack">
            <strong className="num">{format.hkd(priceHkdPerAcceleratorHour)}</strong>
            {offer.price.currency !== "HKD" && (
              <span className="cell-sub num">{format.money(offer.price.perAcceleratorHour, offer.price.currency)}</span>
            )}
          </span>
        );
      },
      meta: { numeric: true },
    },
    {
      id: "application",
      header: t("columns.application"),
      accessorFn: (r) => r.offer.applicationPath,
      sortingFn: sortBy(
        (a, b) => pathRank(a.offer.applicationPath) - pathRank(b.offer.applicationPath) || a.offer.leadTimeDays - b.offer.leadTimeDays,
      ),
      cell: ({ row }) => labels(`applicationPath.${row.original.offer.applicationPath}`),
    },
    {
      id: "leadTime",
      header: t("columns.leadTime"),
      accessorFn: (r) => r.offer.leadTimeDays,
      sortingFn: sortBy((a, b) => a.offer.leadTimeDays - b.offer.leadTimeDays),
      cell: ({ row }) => <span className="num">{t("cells.days", { days: row.original.offer.leadTimeDays })}</span>,
      meta: { numeric: true },
    },
    {
      id: "asOf",
      header: t("columns.asOf"),
      accessorFn: (r) => r.oldestAsOf,
      sortingFn: sortBy((a, b) => (a.oldestAsOf < b.oldestAsOf ? -1 : a.oldestAsOf > b.oldestAsOf ? 1 : 0)),
      cell: ({ row }) => (
        <span className="cell-stack">
          <time className="num" dateTime={row.original.oldestAsOf}>
            {row.original.oldestAsOf}
          </time>
          {(row.original.staleCount > 0 || row.original.flaggedBases.length > 0) && (
            <span className="badge-row">
              {row.original.staleCount > 0 && (
                <StaleBadge
                  label={`${t("badges.stale")} · ${format.number(row.original.staleCount)}`}
                  title={t("cells.staleCount", { count: row.original.staleCount })}
                />
              )}
              {row.original.flaggedBases.map((b) => (
                <BasisBadge key={b} basis={b} label={labels(`basis.${b}`)} />
              ))}
            </span>
          )}
        </span>
      ),
    },
  ];
  // Every column carries its plain label: the phone card label and the sort button's title.
  return columns.map((c) => ({ ...c, meta: { ...c.meta, label: columnLabel(t, c.id) } }));
}
