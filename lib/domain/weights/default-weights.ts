import { WEIGHT_PRESETS } from "./weight-presets";
import { type Weights } from "@/lib/domain/factors";

/**
 * Default weights: rank-order-centroid weights of the study's ranking (price > security >
 * performance > approval > ux) = 0.4567, 0.2567, 0.1567, 0.0900, 0.0400.
 */
export const DEFAULT_WEIGHTS: Weights = (() => {
  const p = WEIGHT_PRESETS.find((x) => x.id === "study-ranking");
  if (!p) throw new Error("study-ranking preset missing");
  return p.weights;
})();
