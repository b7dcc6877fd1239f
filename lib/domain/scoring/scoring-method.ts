/**
 * How the five factor scores become one ranking: "weighted-sum" (Σ weight × score, the
 * default) or "topsis" (closeness to the ideal option, rank-by-topsis.ts). Plain constants,
 * so the weights panel can list them without loading the request schema (zod).
 */
export const SCORING_METHODS = ["weighted-sum", "topsis"] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];
