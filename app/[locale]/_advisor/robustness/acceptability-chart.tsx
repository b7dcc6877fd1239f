"use client";

import type { ChartData, ChartOptions } from "chart.js";
import { useMemo } from "react";
import { Bar } from "react-chartjs-2";
import { clip } from "../results/charts/option-label";
import { BAND_COLORS, CHART_FONT_FAMILY } from "./register-robustness-charts";
import { percentBarOptions } from "./percent-bar-options";

/** Axis labels get about a third of the chart's width: ~1 character per 7 px of it, within 12–28 characters. */
function labelChars(chartWidth: number): number {
  return Math.max(12, Math.min(28, Math.floor(chartWidth / 3 / 7)));
}

export type AcceptabilityChartProps = {
  /** One entry per option (top first): a one- or two-line axis label and its band shares in percent. */
  rows: readonly { label: string[]; shares: number[] }[];
  /** Band names, best rank first (same length as each row's shares). */
  bandLabels: readonly string[];
  ariaLabel: string;
  axisLabel: string;
  formatPct: (percent: number) => string;
};

/** Stacked horizontal bars of rank acceptability: one bar per option, one stack per rank band. */
export function AcceptabilityChart({ rows, bandLabels, ariaLabel, axisLabel, formatPct }: AcceptabilityChartProps) {
  const data = useMemo<ChartData<"bar", number[], string[]>>(
    () => ({
      labels: rows.map((r) => r.label),
      datasets: bandLabels.map((label, b) => ({
        label,
        data: rows.map((r) => r.shares[b] ?? 0),
        backgroundColor: BAND_COLORS[b] ?? BAND_COLORS[BAND_COLORS.length - 1],
        borderColor: "#ffffff",
        borderWidth: { left: 0, right: 1, top: 0, bottom: 0 },
        borderSkipped: false,
        barPercentage: 0.8,
        categoryPercentage: 0.9,
      })),
    }),
    [rows, bandLabels],
  );

  const options = useMemo<ChartOptions<"bar">>(
    () =>
      percentBarOptions(
        axisLabel,
        true,
        {
          stacked: true,
          grid: { display: false },
          ticks: {
            color: "#111a2b",
            font: { family: CHART_FONT_FAMILY, size: 11 },
            // Full names are in the tooltip and the data table; the axis shows what fits.
            callback(value) {
              const label = this.getLabelForValue(Number(value)) as unknown as string | string[];
              const n = labelChars(this.chart.width);
              return Array.isArray(label) ? label.map((line) => clip(line, n)) : clip(label, n);
            },
          },
        },
        {
          legend: {
            position: "top",
            align: "start",
            labels: { boxWidth: 12, boxHeight: 12, color: "#111a2b", font: { family: CHART_FONT_FAMILY } },
          },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ""}: ${formatPct(Number(item.raw))}` } },
        },
      ),
    [axisLabel, formatPct],
  );

  return <Bar data={data} options={options} role="img" aria-label={ariaLabel} />;
}
