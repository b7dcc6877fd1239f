import type { CostEstimate } from "../cost/estimate-cost";
import { logScale, round2, type FactorScore } from "./factor-score";
import { reason } from "../reason";

/**
 * Fixed reference ranges for the all-in price per effective GPU-hour (HKD). Chosen to span
 * the market in the catalogue's as-of year: a subsidised or marketplace H100-equivalent hour
 * near HKD 4 scores 100; an on-demand hyperscaler hour in an expensive region near HKD 400
 * scores 0. CPU HPC is scored per effective node-hour of the reference CPU node.
 */
export const PRICE_SCALE = {
  gpu: { bestHkd: 4, worstHkd: 400 },
  cpu: { bestHkd: 2, worstHkd: 200 },
} as const;

/**
 * price = 100 × (ln worst − ln x) / (ln worst − ln best), clamped to 0–100, where
 * x = total cost (HKD, after subsidies) ÷ effective GPU-hours. Never relative to other offers.
 */
export function priceScore(cost: CostEstimate, cpu: boolean): FactorScore {
  const scale = cpu ? PRICE_SCALE.cpu : PRICE_SCALE.gpu;
  const x = cost.hkdPerEffectiveHour;
  return {
    score: round2(logScale(x, scale.bestHkd, scale.worstHkd)),
    formula: { key: "price", params: { bestHkd: scale.bestHkd, worstHkd: scale.worstHkd, unit: cpu ? "node-hour" : "accelerator-hour" } },
    inputs: {
      hkdPerEffectiveHour: round2(x),
      totalHkd: Math.round(cost.totalHkd),
      effectiveHours: Math.round(cost.effectiveHours),
      bestHkd: scale.bestHkd,
      worstHkd: scale.worstHkd,
    },
    reasons: [reason("price.per-effective-hour", { hkd: round2(x), cpu })],
  };
}
