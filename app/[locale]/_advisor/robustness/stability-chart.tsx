"use client";

import type { ChartData, ChartOptions, Plugin } from "chart.js";
import { useMemo, useRef } from "react";
import { Bar } from "react-chartjs-2";
import { CHART_FONT_FAMILY, ROBUSTNESS_COLORS } from "./register-robustness-charts";
import { percentBarOptions } from "./percent-bar-options";

export type StabilityChartRow = {
  label: string;
  /** Interval ends and the current weight, in percent (0–100). */
  lower: number;
  upper: number;
  current: number;
  sensitive: boolean;
};

type Props = {
  rows: readonly StabilityChartRow[];
  ariaLabel: string;
  axisLabel: string;
  nowLabel: string;
  formatPct: (percent: number) => string;
};

/**
 * Horizontal floating bars: for each factor, the weight interval that keeps the leader first, with a vertical
 * marker at the current weight (drawn by a small plugin, so the marker is exactly on the value).
 */
export function StabilityChart({ rows, ariaLabel, axisLabel, nowLabel, formatPct }: Props) {
  // The plugin is registered once per chart instance; it reads the latest rows through this ref.
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const data = useMemo<ChartData<"bar", [number, number][], string>>(
    () => ({
      labels: rows.map((r) => r.label),
      datasets: [
        {
          label: axisLabel,
          data: rows.map((r) => [r.lower, r.upper]),
          backgroundColor: rows.map((r) => (r.sensitive ? ROBUSTNESS_COLORS.sensitiveFill : ROBUSTNESS_COLORS.rangeFill)),
          borderColor: rows.map((r) => (r.sensitive ? ROBUSTNESS_COLORS.sensitive : ROBUSTNESS_COLORS.range)),
          borderWidth: 1.5,
          borderSkipped: false,
          borderRadius: 4,
          barPercentage: 0.72,
          categoryPercentage: 0.9,
        },
      ],
    }),
    [rows, axisLabel],
  );

  const marker = useMemo<Plugin<"bar">>(
    () => ({
      id: "currentWeightMarker",
      afterDatasetsDraw(chart) {
        const meta = chart.getDatasetMeta(0);
        const x = chart.scales.x;
        if (!x) return;
        const { ctx } = chart;
        ctx.save();
        ctx.strokeStyle = ROBUSTNESS_COLORS.marker;
        ctx.fillStyle = ROBUSTNESS_COLORS.marker;
        ctx.lineWidth = 3;
        rowsRef.current.forEach((row, i) => {
          const bar = meta.data[i] as unknown as { y: number; height?: number } | undefined;
          if (!bar) return;
          const px = x.getPixelForValue(row.current);
          const half = (bar.height ?? 18) / 2 + 5;
          ctx.beginPath();
          ctx.moveTo(px, bar.y - half);
          ctx.lineTo(px, bar.y + half);
          ctx.stroke();
          ctx.beginPath();
          ctx.arc(px, bar.y - half, 3.5, 0, 2 * Math.PI);
          ctx.fill();
        });
        ctx.restore();
      },
    }),
    [],
  );

  const options = useMemo<ChartOptions<"bar">>(
    () =>
      percentBarOptions(
        axisLabel,
        false,
        { grid: { display: false }, ticks: { color: "#111a2b", font: { family: CHART_FONT_FAMILY, size: 12 } } },
        {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => {
                const row = rowsRef.current[item.dataIndex];
                return row ? `${formatPct(row.lower)} – ${formatPct(row.upper)} (${nowLabel} ${formatPct(row.current)})` : "";
              },
            },
          },
        },
      ),
    [axisLabel, nowLabel, formatPct],
  );

  return <Bar data={data} options={options} plugins={[marker]} role="img" aria-label={ariaLabel} />;
}
