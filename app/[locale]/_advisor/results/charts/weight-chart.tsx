"use client";

import type { ChartData, ChartOptions } from "chart.js";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Chart as ChartComponent } from "react-chartjs-2";
import { FACTORS, type Weights } from "@/lib/domain/factors";
import chartStyles from "./charts.module.css";
import type { ResultFormat } from "../use-result-format";
import { ChartCard } from "./chart-card";
import { FACTOR_COLORS } from "./chart-palette";
import "./register-chart";
import { ChartDataTable } from "@/app/_components/chart-data-table";

/** Doughnut of the current weights (each factor's share of the total score). */
export function WeightChart({ weights, format }: { weights: Weights; format: ResultFormat }) {
  const t = useTranslations("results");
  const total = FACTORS.reduce((s, f) => s + weights[f], 0) || 1;
  const shares = useMemo(() => FACTORS.map((f) => weights[f] / total), [weights, total]);
  const data = useMemo<ChartData<"doughnut", number[], string>>(
    () => ({
      labels: FACTORS.map((f, i) => `${t(`factor.${f}`)} ${format.percent(shares[i] ?? 0, 0)}`),
      datasets: [
        {
          label: t("charts.weights.dataset"),
          data: shares.map((s) => s * 100),
          backgroundColor: FACTORS.map((f) => FACTOR_COLORS[f]),
          borderColor: "#ffffff",
          borderWidth: 2,
        },
      ],
    }),
    [shares, t, format],
  );
  const options = useMemo<ChartOptions<"doughnut">>(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      cutout: "58%",
      plugins: {
        legend: { position: "right", labels: { boxWidth: 12, boxHeight: 12 } },
        tooltip: { callbacks: { label: (item) => `${item.label}` } },
      },
    }),
    [],
  );
  const ariaLabel = t("charts.weights.aria", {
    list: FACTORS.map((f, i) => `${t(`factor.${f}`)} ${format.percent(shares[i] ?? 0)}`).join(", "),
  });

  const table = (
    <ChartDataTable
      className={`plain-table ${chartStyles.chartTable}`}
      caption={t("charts.weights.title")}
      rows={FACTORS.map((f, i) => ({ f, share: shares[i] ?? 0 }))}
      rowKey={(r) => r.f}
      rowHeader={{ header: t("charts.weights.colFactor"), cell: (r) => t(`factorFull.${r.f}`) }}
      columns={[
        {
          id: "weight",
          header: t("charts.weights.colWeight"),
          numeric: true,
          cell: (r) => <span className="num">{format.percent(r.share)}</span>,
        },
      ]}
    />
  );

  return (
    <ChartCard title={t("charts.weights.title")} description={t("charts.weights.description")} table={table} height={230} maxWidth={480}>
      <ChartComponent type="doughnut" data={data} options={options} role="img" aria-label={ariaLabel} />
    </ChartCard>
  );
}
