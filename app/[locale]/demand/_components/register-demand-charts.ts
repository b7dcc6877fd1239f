import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

/**
 * Registers the chart.js pieces the demand charts use (lines and stacked bars). Imported for
 * its side effect by the lazily loaded demand-charts.tsx only, so chart.js stays out of the
 * page's first load. Registering twice is harmless.
 */
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.animation = false;
Chart.defaults.font.family =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans HK", "Noto Sans CJK HK", "Noto Sans SC", "Noto Sans CJK SC", sans-serif';
Chart.defaults.color = "#4b5567";

/** Colours with ≥ 3:1 contrast on white (the hk-sc family colour for the centre). */
export const DEMAND_COLORS = { centre: "#7c3aed", capacity: "#b45309", served: "#1a56b8", unmet: "#b91c1c", grid: "#e5e9ef" } as const;
