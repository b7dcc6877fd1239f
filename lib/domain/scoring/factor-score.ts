import type { Reason } from "../reason";

/** Which formula a factor score used; `params` are its fixed constants (weights, scale ends). */
export type FactorFormula =
  | { key: "price"; params: { bestHkd: number; worstHkd: number; unit: "accelerator-hour" | "node-hour" } }
  | { key: "security"; params: { jurisdiction: number; certifications: number; tenancy: number } }
  | {
      key: "performance";
      params: { throughput: number; interconnect: number; queue: number; minGbps: number; maxGbps: number; queueDays: number };
    }
  | { key: "approval"; params: { path: number; lead: number; leadScaleDays: number } }
  | { key: "ux"; params: { tools: number; language: number; surface: number } };

/** One factor's score with everything needed to explain it. */
export type FactorScore = {
  /** 0–100, higher is better. */
  score: number;
  /**
   * The formula as a message key and its fixed constants (no prose): the UI renders
   * `factorFormula.<key>` with these params in the user's language.
   */
  formula: FactorFormula;
  /** The inputs the formula used, by name. */
  inputs: Record<string, number | string>;
  reasons: Reason[];
};

export const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Fixed log scale: `best` maps to 100, `worst` to 0, linear in ln(x) between, clamped.
 * Works for both directions (best < worst for costs, best > worst for speeds).
 */
export function logScale(x: number, best: number, worst: number): number {
  return logScaleOn(x, logScaleEnds(best, worst));
}

/** A log scale's ends with their logarithms taken once (for callers that score millions of values on one scale). */
export type LogScaleEnds = { best: number; worst: number; logWorst: number; logSpan: number };

export function logScaleEnds(best: number, worst: number): LogScaleEnds {
  return { best, worst, logWorst: Math.log(worst), logSpan: Math.log(worst) - Math.log(best) };
}

/** `logScale(x, ends.best, ends.worst)`: the same operations, the ends' logarithms precomputed. */
export function logScaleOn(x: number, ends: LogScaleEnds): number {
  // Zero on a cost scale (fully discounted or subsidised) is the best possible; on a speed scale the worst.
  if (!(x > 0)) return x === 0 && ends.best < ends.worst ? 100 : 0;
  return 100 * clamp01((ends.logWorst - Math.log(x)) / ends.logSpan);
}

/** Round for display and stable golden output (scores to 0.01). */
export const round2 = (x: number) => Math.round(x * 100) / 100;
