import { useTranslations } from "next-intl";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import { ChartDataTable, type ChartColumn } from "@/app/_components/chart-data-table";
import chartStyles from "./charts.module.css";

type Props = {
  caption: string;
  options: readonly RankedOption[];
  columns: readonly ChartColumn<RankedOption>[];
};

/** The data table behind a per-option chart: one row per ranked option ("#1 Provider Offer"), then the chart's figures. */
export function OptionChartTable({ caption, options, columns }: Props) {
  const t = useTranslations("results");
  return (
    <ChartDataTable
      className={`plain-table ${chartStyles.chartTable}`}
      caption={caption}
      rows={options}
      rowKey={(o) => o.offerId}
      rowHeader={{ header: t("charts.colOption"), cell: (o) => `#${o.rank} ${o.provider} ${o.name}` }}
      columns={columns}
    />
  );
}
