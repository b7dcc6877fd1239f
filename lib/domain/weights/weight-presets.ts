import { rankOrderWeights, type RankOrderMethod } from "@/lib/domain/weights/rank-order-weights";

/**
 * The five factors firms rank when choosing a (super)computing provider, in the survey's order of importance
 * (HKPC / HKU HIEBS AI industry study 2023, "選擇超算中心的首五個因素"; glossary factors 1–5).
 */
export const FACTORS = ["price", "security", "performance", "approval", "ux"] as const;
export type Factor = (typeof FACTORS)[number];
/** Dimensionless criterion weights, one per factor; after `normaliseWeights` they are ≥ 0 and sum to 1. */
export type Weights = Record<Factor, number>;
/** Rank of each factor, 1 = most important; equal ranks are ties (see `rankOrderWeights`). */
export type FactorRanks = Record<Factor, number>;

/**
 * Validates and rescales weights to sum to 1.
 *
 * Input: any subset of the factors with finite, non-negative weights in any unit (percentages, points, 0–1); a
 * missing factor counts as 0. Output: a full `Weights` record summing to 1, proportions unchanged.
 * Throws (naming the factor) for an unknown key, a non-finite or negative weight, or when every weight is zero.
 */
export function normaliseWeights(weights: Partial<Weights>): Weights {
  for (const key of Object.keys(weights)) {
    if (!(FACTORS as readonly string[]).includes(key)) {
      throw new Error(`normaliseWeights: unknown factor "${key}" (expected one of ${FACTORS.join(", ")})`);
    }
  }
  let total = 0;
  for (const factor of FACTORS) {
    const w = weights[factor] ?? 0;
    if (!Number.isFinite(w) || w < 0) {
      throw new Error(`normaliseWeights: weight for ${factor} must be a finite number ≥ 0, got ${String(w)}`);
    }
    total += w;
  }
  if (total === 0) throw new Error("normaliseWeights: at least one weight must be positive");
  const result = {} as Weights;
  for (const factor of FACTORS) result[factor] = (weights[factor] ?? 0) / total;
  return result;
}

/** Weights for each factor from factor ranks via a surrogate-weight formula (methods.md §1(a)). */
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
 * ROC weights (price 0.4567, security 0.2567, performance 0.1567, approval 0.0900, ux 0.0400; methods.md §1(a),
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
