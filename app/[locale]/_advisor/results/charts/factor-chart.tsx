"use client";

import type { ChartData, ChartOptions } from "chart.js";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Chart as ChartComponent } from "react-chartjs-2";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import { FACTORS } from "@/lib/domain/factors";
import type { ResultFormat } from "../use-result-format";
import { ChartCard } from "./chart-card";
import { FACTOR_COLORS, GRID_COLOR } from "./chart-palette";
import { optionAxisLabel } from "./option-label";
import { optionBarOptions } from "./option-bar-options";
import "./register-chart";
import { OptionChartTable } from "./option-chart-table";

/** Grouped bars: the five factor scores (0–100) of each of the top options. */
export function FactorChart({ top, format }: { top: readonly RankedOption[]; format: ResultFormat }) {
  const t = useTranslations("results");
  const data = useMemo<ChartData<"bar", number[], string[]>>(
    () => ({
      labels: top.map(optionAxisLabel),
      datasets: FACTORS.map((f) => ({
        label: t(`factor.${f}`),
        data: top.map((o) => o.factors[f]),
        backgroundColor: FACTOR_COLORS[f],
        borderRadius: 2,
        maxBarThickness: 18,
      })),
    }),
    [top, t],
  );
  const options = useMemo<ChartOptions<"bar">>(
    () =>
      optionBarOptions(top, false, {
        min: 0,
        max: 100,
        title: { display: true, text: t("charts.factors.yAxis") },
        grid: { color: GRID_COLOR },
      }),
    [t, top],
  );

  const table = (
    <OptionChartTable
      caption={t("charts.factors.title", { count: top.length })}
      options={top}
      columns={FACTORS.map((f) => ({
        id: f,
        header: t(`factor.${f}`),
        numeric: true,
        cell: (o: (typeof top)[number]) => <span className="num">{format.score(o.factors[f])}</span>,
      }))}
    />
  );

  return (
    <ChartCard title={t("charts.factors.title", { count: top.length })} description={t("charts.factors.description")} table={table}>
      <ChartComponent type="bar" data={data} options={options} role="img" aria-label={t("charts.factors.aria", { count: top.length })} />
    </ChartCard>
  );
}
