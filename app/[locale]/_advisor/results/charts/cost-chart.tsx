"use client";

import type { ChartData, ChartOptions } from "chart.js";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Chart as ChartComponent } from "react-chartjs-2";
import type { CostLineKind } from "@/lib/domain/cost/estimate-cost";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import type { ResultFormat } from "../use-result-format";
import { COST_LINE_KINDS, type ResultLabels } from "../use-result-labels";
import { ChartCard } from "./chart-card";
import { COST_KIND_COLORS, GRID_COLOR } from "./chart-palette";
import { optionAxisLabel } from "./option-label";
import { optionBarOptions } from "./option-bar-options";
import "./register-chart";
import { OptionChartTable } from "./option-chart-table";

const kindTotal = (o: RankedOption, kind: CostLineKind) =>
  o.costBreakdown.filter((l) => l.kind === kind).reduce((s, l) => s + l.amountHkd, 0);

/** Stacked bars: each top option's estimated total split into compute, storage, egress, fees and (negative) subsidy. */
export function CostChart({ top, format, labels }: { top: readonly RankedOption[]; format: ResultFormat; labels: ResultLabels }) {
  const t = useTranslations("results");
  const kinds = useMemo(() => COST_LINE_KINDS.filter((k) => top.some((o) => kindTotal(o, k) !== 0)), [top]);
  const data = useMemo<ChartData<"bar", number[], string[]>>(
    () => ({
      labels: top.map(optionAxisLabel),
      datasets: kinds.map((k) => ({
        label: labels.costKind(k),
        data: top.map((o) => format.inCurrency(kindTotal(o, k))),
        backgroundColor: COST_KIND_COLORS[k],
        maxBarThickness: 44,
      })),
    }),
    [top, kinds, labels, format],
  );
  const options = useMemo<ChartOptions<"bar">>(
    () =>
      optionBarOptions(
        top,
        true,
        {
          stacked: true,
          title: { display: true, text: t("charts.cost.yAxis") },
          grid: { color: GRID_COLOR },
          ticks: { callback: (v) => format.currencyAmount(Number(v), { compact: true }) },
        },
        (item) => `${item.dataset.label ?? ""}: ${format.currencyAmount(Number(item.raw))}`,
      ),
    [t, format, top],
  );

  const table = (
    <OptionChartTable
      caption={t("charts.cost.title", { count: top.length })}
      options={top}
      columns={[
        ...kinds.map((k) => ({
          id: k,
          header: labels.costKind(k),
          numeric: true,
          cell: (o: (typeof top)[number]) => <span className="num">{format.money(kindTotal(o, k))}</span>,
        })),
        { id: "total", header: t("columns.cost"), numeric: true, cell: (o) => <strong className="num">{format.money(o.costHkd)}</strong> },
      ]}
    />
  );

  return (
    <ChartCard title={t("charts.cost.title", { count: top.length })} description={t("charts.cost.description")} table={table}>
      <ChartComponent type="bar" data={data} options={options} role="img" aria-label={t("charts.cost.aria", { count: top.length })} />
    </ChartCard>
  );
}
