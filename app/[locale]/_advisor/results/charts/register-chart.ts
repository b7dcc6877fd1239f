import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
} from "chart.js";

/**
 * Registers only the chart.js pieces the results charts use (tree-shaking drops the rest):
 * bar (factor scores, cost breakdown), doughnut (weights), scatter with a line (value for money).
 * Imported for its side effect by the lazily loaded chart modules only.
 */
Chart.register(
  BarController,
  BarElement,
  DoughnutController,
  ArcElement,
  ScatterController,
  PointElement,
  LineElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  Tooltip,
  Legend,
);

// No animation anywhere: charts must redraw instantly while a weight is dragged.
Chart.defaults.animation = false;
Chart.defaults.font.family =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans HK", "Noto Sans CJK HK", "Noto Sans SC", "Noto Sans CJK SC", sans-serif';
Chart.defaults.color = "#4b5567";

export { Chart };
