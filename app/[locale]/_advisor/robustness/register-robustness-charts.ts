import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

/**
 * Registers the chart.js pieces the robustness charts use (horizontal and stacked bars). Imported for its side effect
 * by the lazily loaded chart modules only, so chart.js stays out of the page's first load. Registering twice (the
 * results charts register their own set) is harmless.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Colours: each ≥ 3:1 against white except the "6th or lower" band, whose values are in the data table too. */
export const ROBUSTNESS_COLORS = {
  range: "#1a56b8",
  rangeFill: "rgba(26, 86, 184, 0.28)",
  sensitive: "#b45309",
  sensitiveFill: "rgba(180, 83, 9, 0.3)",
  marker: "#111a2b",
  grid: "#e5e9ef",
  text: "#4b5567",
} as const;

/** Rank bands from best to worst: a sequential blue ramp ending in neutral grey. */
export const BAND_COLORS = ["#0f3d8a", "#2563c9", "#5b8fdc", "#9dbbe9", "#d5dbe4"] as const;

export const CHART_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans HK", "Noto Sans CJK HK", "Noto Sans SC", "Noto Sans CJK SC", sans-serif';
