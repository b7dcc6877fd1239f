import { FACTORS, type Factor, type Weights } from "@/lib/domain/factors";
import { percentShares } from "./percent-shares";

/** Slider positions are percentages of the total weight: 0–100 each, summing to 100. */
export const SLIDER_MAX = 100;

/**
 * The five slider positions after `factor` is moved to `value`%: that slider keeps the value
 * (clamped to 0–100, to 0.1), and the others share the remaining percentage in proportion to
 * their current positions (evenly when they are all zero). The result is rounded to 0.1 by the
 * largest-remainder method, so the positions sum to exactly 100 and each thumb sits on the very
 * percentage its label reads.
 */
export function rebalanceSliders(sliders: Weights, factor: Factor, value: number): Weights {
  const fixed = Math.min(SLIDER_MAX, Math.max(0, Math.round(value * 10) / 10));
  const others = FACTORS.filter((f) => f !== factor);
  const othersTotal = others.reduce((s, f) => s + Math.max(0, sliders[f]), 0);
  const left = SLIDER_MAX - fixed;
  const raw: Weights = { ...sliders, [factor]: fixed };
  for (const f of others) raw[f] = othersTotal > 0 ? (Math.max(0, sliders[f]) / othersTotal) * left : left / others.length;
  return slidersFromShares(FACTORS.map((f) => raw[f]));
}

/**
 * Slider positions for any non-negative weights (a preset, an AHP result, a shared link's
 * weights): their percentage shares rounded to 0.1, summing to exactly 100. All zero → equal.
 */
export function slidersFromWeights(w: Weights): Weights {
  return slidersFromShares(FACTORS.map((f) => w[f]));
}

function slidersFromShares(values: readonly number[]): Weights {
  const usable = values.some((v) => v > 0) ? values : values.map(() => 1);
  const shares = percentShares(usable);
  return Object.fromEntries(FACTORS.map((f, i) => [f, shares[i] ?? 0])) as Weights;
}
