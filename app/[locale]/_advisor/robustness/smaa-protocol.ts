import type { SmaaResult } from "@/lib/domain/sensitivity/smaa";

/** What the panel posts to smaa.worker.ts: the options' factor scores (0–100, FACTORS order) and the settings. */
export type SmaaJob = {
  scores: number[][];
  samples: number;
  seed: number;
  /** Factor ranks (1 = most important) when the sampled weights must keep the user's order. */
  ranks?: number[];
  /** Cost uncertainty ± %, 0–50; 0 = exact costs. */
  costPct: number;
  /** Per option (score-row order), the cost factor band [low/cost, high/cost] from its estimate range (costBands); absent = not sampled. */
  costBands?: [number, number][];
};

export type SmaaRequest = SmaaJob & { id: number };

export type SmaaReply = { id: number; ok: true; result: SmaaResult; elapsedMs: number } | { id: number; ok: false; message: string };

/** Sample counts offered; 10,000 gives a 95% margin of at most ~1 percentage point (docs/method.md §5(e)). */
export const SAMPLE_CHOICES = [1_000, 10_000, 50_000] as const;
export const DEFAULT_SAMPLES = 10_000;
export const MAX_COST_PCT = 50;
export const DEFAULT_SEED = 1;
