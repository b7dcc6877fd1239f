import { FACTORS, normaliseWeights, type FactorRanks, type Weights } from "@/lib/domain/factors";
import { rankOrderWeights, type RankOrderMethod } from "@/lib/domain/weights/rank-order-weights";

/** Weights for each factor from factor ranks via a surrogate-weight formula (docs/method.md §5(a)). */
export function weightsFromRanks(ranks: FactorRanks, method: RankOrderMethod = "roc"): Weights {
  const vector = rankOrderWeights(
    FACTORS.map((factor) => ranks[factor]),
    method,
  );
  const result = {} as Weights;
  FACTORS.forEach((factor, j) => {
    result[factor] = vector[j]!;
  });
  return result;
}

export const WEIGHT_PRESET_IDS = ["study-ranking", "equal", "cost-first", "compliance-first", "speed-first"] as const;
export type WeightPresetId = (typeof WEIGHT_PRESET_IDS)[number];

export type WeightPreset = {
  id: WeightPresetId;
  /** Factor ranks the weights come from (ROC), or null when the weights are set explicitly. */
  ranks: FactorRanks | null;
  weights: Weights;
};

function rankPreset(id: WeightPresetId, ranks: FactorRanks): WeightPreset {
  return { id, ranks, weights: weightsFromRanks(ranks, "roc") };
}

/**
 * Starting points for the weight editor. Only "study-ranking" comes from data: the survey's rank order turned into
 * ROC weights (price 0.4567, security 0.2567, performance 0.1567, approval 0.0900, ux 0.0400; docs/method.md §5(a),
 * case RANKW-ROC-n5). The other rank orders are illustrative profiles, not survey results:
 * - cost-first (a start-up): price, then performance and tooling, security and approval last;
 * - compliance-first (regulated firms): security, then approval, price, performance, ux;
 * - speed-first (time to results): performance, then quick approval and tooling, price, security.
 */
export const WEIGHT_PRESETS: readonly WeightPreset[] = Object.freeze([
  rankPreset("study-ranking", { price: 1, security: 2, performance: 3, approval: 4, ux: 5 }),
  {
    id: "equal",
    ranks: null,
    weights: normaliseWeights({ price: 1, security: 1, performance: 1, approval: 1, ux: 1 }),
  },
  rankPreset("cost-first", { price: 1, performance: 2, ux: 3, security: 4, approval: 5 }),
  rankPreset("compliance-first", { security: 1, approval: 2, price: 3, performance: 4, ux: 5 }),
  rankPreset("speed-first", { performance: 1, approval: 2, ux: 3, price: 4, security: 5 }),
]);
