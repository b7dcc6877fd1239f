import type { Family } from "@/lib/catalogue/offer-schema";
import type { CostLineKind } from "@/lib/domain/cost/estimate-cost";
import type { Factor } from "@/lib/domain/factors";

/**
 * Chart colours. Every colour keeps ≥ 3:1 contrast against white (WCAG 1.4.11 for graphical
 * objects) and the sets avoid relying on red/green alone. Family colours come from the design
 * system's --c-family-* variables (so table dots and chart points agree); these are fallbacks.
 */
const FAMILY_FALLBACK: Record<Family, string> = {
  cloud: "#1a56b8",
  "mainland-sc": "#c2410c",
  "overseas-sc": "#0f766e",
  "hk-sc": "#7c3aed",
};

/** The family colours as the page's CSS defines them (browser only; falls back outside a document). */
export function familyColors(): Record<Family, string> {
  if (typeof document === "undefined") return FAMILY_FALLBACK;
  const style = getComputedStyle(document.documentElement);
  const read = (f: Family) => style.getPropertyValue(`--c-family-${f}`).trim() || FAMILY_FALLBACK[f];
  return { cloud: read("cloud"), "mainland-sc": read("mainland-sc"), "overseas-sc": read("overseas-sc"), "hk-sc": read("hk-sc") };
}

/** One colour per factor, shared by the factor-score bars and the weight doughnut. */
export const FACTOR_COLORS: Record<Factor, string> = {
  price: "#1d4ed8",
  security: "#047857",
  performance: "#b45309",
  approval: "#9d174d",
  ux: "#6d28d9",
};

/** Cost-line kinds in the stacked cost chart; the subsidy is negative and drawn below zero. */
export const COST_KIND_COLORS: Record<CostLineKind, string> = {
  compute: "#1e3a8a",
  storage: "#0e7490",
  egress: "#b45309",
  fee: "#6b7280",
  subsidy: "#15803d",
};

/** Dominated options in the value-for-money chart. */
export const DOMINATED_COLOR = "#8b95a5";
export const FRONTIER_LINE_COLOR = "#111a2b";
export const GRID_COLOR = "#e5e9ef";
