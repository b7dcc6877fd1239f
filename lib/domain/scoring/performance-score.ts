import type { Offer } from "@/lib/catalogue/offer-schema";
import type { Needs } from "@/lib/needs/needs-schema";
import { clamp01, round2, type FactorScore } from "./factor-score";
import { reason } from "../reason";

/** Throughput scale: log2(rel) from −4 (1/16 of the reference) → 0 to +2 (4×) → 100; the reference scores 66.67. */
export const THROUGHPUT_SCALE = { minLog2: -4, maxLog2: 2 } as const;
/** Interconnect scale: log2(Gb/s) from 25 Gb/s → 0 to 3,200 Gb/s → 100. */
export const INTERCONNECT_SCALE = { minGbps: 25, maxGbps: 3200 } as const;
/** Queue wait scale: 0 days → 100, 30 days or more → 0 (linear). */
export const QUEUE_SCALE_DAYS = 30;
export const PERFORMANCE_WEIGHTS = { throughput: 0.7, interconnect: 0.15, queue: 0.15 } as const;

export function throughputPoints(rel: number): number {
  if (!(rel > 0)) return 0;
  return 100 * clamp01((Math.log2(rel) - THROUGHPUT_SCALE.minLog2) / (THROUGHPUT_SCALE.maxLog2 - THROUGHPUT_SCALE.minLog2));
}

// The formula's constants are the same for every offer and request: built once (and frozen,
// as every result shares it) rather than spread into a new object per scored offer.
const PERFORMANCE_FORMULA = Object.freeze({
  key: "performance",
  params: Object.freeze({
    ...PERFORMANCE_WEIGHTS,
    minGbps: INTERCONNECT_SCALE.minGbps,
    maxGbps: INTERCONNECT_SCALE.maxGbps,
    queueDays: QUEUE_SCALE_DAYS,
  }),
}) satisfies FactorScore["formula"];

/**
 * performance = 0.7 × throughput + 0.15 × interconnect + 0.15 × queue, where
 *   throughput   = 100 × (log2 rel + 4) / 6, clamped (rel = speed vs the reference accelerator)
 *   interconnect = 100 when one node suffices (or for inference without multi-node); else 100 × log2(Gb/s ÷ 25) / log2(128), clamped
 *   queue        = 100 × (1 − queue days ÷ 30), clamped
 */
export function performanceScore(offer: Offer, needs: Needs, rel: number): FactorScore {
  const t = throughputPoints(rel);
  // Inference replicas do not talk to each other: the interconnect only matters for training/HPC jobs.
  const spans = needs.multiNode || (needs.workload !== "inference" && needs.peakGpus > offer.accelerator.perNode);
  const gbps = offer.interconnect.gbps;
  const ic = !spans
    ? 100
    : gbps <= 0
      ? 0
      : 100 * clamp01(Math.log2(gbps / INTERCONNECT_SCALE.minGbps) / Math.log2(INTERCONNECT_SCALE.maxGbps / INTERCONNECT_SCALE.minGbps));
  const q = 100 * clamp01(1 - offer.queueWaitDays / QUEUE_SCALE_DAYS);
  const score = PERFORMANCE_WEIGHTS.throughput * t + PERFORMANCE_WEIGHTS.interconnect * ic + PERFORMANCE_WEIGHTS.queue * q;
  return {
    score: round2(score),
    formula: PERFORMANCE_FORMULA,
    inputs: {
      relativeThroughput: round2(rel),
      throughputPoints: round2(t),
      spansNodes: String(spans),
      interconnectGbps: gbps,
      interconnectPoints: round2(ic),
      queueWaitDays: offer.queueWaitDays,
      queuePoints: round2(q),
    },
    reasons: [
      reason("performance.throughput", { rel: round2(rel), points: round2(t) }),
      spans
        ? reason("performance.interconnect", { fabric: offer.interconnect.fabric, gbps, points: round2(ic) })
        : reason("performance.single-node", { perNode: offer.accelerator.perNode }),
      reason("performance.queue", { days: offer.queueWaitDays, points: round2(q) }),
    ],
  };
}
