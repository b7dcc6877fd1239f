import type { ChartOptions } from "chart.js";
import { CHART_FONT_FAMILY, ROBUSTNESS_COLORS } from "./register-robustness-charts";

type BarOptions = ChartOptions<"bar">;

/**
 * The options both robustness charts share: horizontal bars, one per option, on a 0–100 %
 * axis titled `axisLabel` (stacked for rank bands). The caller adds its option axis (`y`) and
 * its legend and tooltip.
 */
export function percentBarOptions(
  axisLabel: string,
  stacked: boolean,
  y: NonNullable<BarOptions["scales"]>["y"],
  plugins: BarOptions["plugins"],
): BarOptions {
  return {
    indexAxis: "y",
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    font: { family: CHART_FONT_FAMILY },
    scales: {
      x: {
        stacked,
        min: 0,
        max: 100,
        ticks: { stepSize: 25, callback: (v) => `${v}%`, color: ROBUSTNESS_COLORS.text },
        title: { display: true, text: axisLabel, color: ROBUSTNESS_COLORS.text },
        grid: { color: ROBUSTNESS_COLORS.grid },
      },
      y,
    },
    plugins,
  };
}
