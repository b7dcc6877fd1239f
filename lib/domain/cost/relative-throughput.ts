import type { Accelerator } from "@/lib/catalogue/offer-schema";
import type { Workload } from "@/lib/needs/needs-schema";

/**
 * Share of a workload's speed that comes from dense tensor throughput (α); the rest
 * (1 − α) comes from memory bandwidth. Pre-training is compute-bound; inference
 * (autoregressive decoding) is bandwidth-bound. See data/README.md, "Performance".
 */
export const COMPUTE_SHARE: Record<Exclude<Workload, "cpu-hpc">, number> = {
  "llm-pretraining": 0.8,
  "llm-fine-tuning": 0.6,
  "dl-training": 0.7,
  inference: 0.3,
};

/**
 * Speed of `acc` relative to `reference` for a workload (1 = as fast as the reference):
 *   GPU/NPU:  rel = (TFLOPS / TFLOPS_ref)^α × (BW / BW_ref)^(1−α)
 *   CPU HPC:  rel = FP64 / FP64_ref   (cpu-node against the reference cpu-node)
 * A weighted geometric mean keeps rel(ref) = 1 exactly and is scale-free.
 */
export function relativeThroughput(acc: Accelerator, reference: Accelerator, workload: Workload): number {
  if (workload === "cpu-hpc") {
    const f = acc.fp64Tflops ?? 0;
    const fr = reference.fp64Tflops ?? 0;
    return fr > 0 && f > 0 ? f / fr : 0;
  }
  const alpha = COMPUTE_SHARE[workload];
  return (
    Math.pow(acc.bf16DenseTflops / reference.bf16DenseTflops, alpha) *
    Math.pow(acc.memoryBandwidthTbs / reference.memoryBandwidthTbs, 1 - alpha)
  );
}
