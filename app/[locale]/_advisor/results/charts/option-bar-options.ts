import type { ChartOptions, TooltipCallbacks } from "chart.js";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import { axisLabel, optionTooltipTitle } from "./option-label";

type BarOptions = ChartOptions<"bar">;

/**
 * The options the per-option bar charts (cost, factors) share: one bar group per option along x,
 * labelled "#rank provider" and titled with the full name in the tooltip, legend below. The
 * caller adds its value axis (`y`) and, where the raw value needs formatting, a tooltip label.
 */
export function optionBarOptions(
  top: readonly RankedOption[],
  stacked: boolean,
  y: NonNullable<BarOptions["scales"]>["y"],
  tooltipLabel?: TooltipCallbacks<"bar">["label"],
): BarOptions {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: {
      x: {
        stacked,
        grid: { display: false },
        ticks: { autoSkip: false, maxRotation: 0, font: { size: 11 }, callback: axisLabel(top) },
      },
      y,
    },
    plugins: {
      legend: { position: "bottom", labels: { boxWidth: 12, boxHeight: 12 } },
      tooltip: { callbacks: tooltipLabel ? { title: optionTooltipTitle(top), label: tooltipLabel } : { title: optionTooltipTitle(top) } },
    },
  };
}
