import { describe, expect, it } from "vitest";
import { COMPUTE_SHARE, relativeThroughput } from "@/lib/domain/cost/relative-throughput";
import { makeAccelerator, makeCpuNode } from "@/tests/fixtures/builders";

// Reference: 1,000 TFLOPS, 4 TB/s (builder default).
const ref = makeAccelerator();

describe("relativeThroughput (GPU/NPU): (TFLOPS ratio)^α × (bandwidth ratio)^(1−α)", () => {
  it("documents the compute shares α", () => {
    expect(COMPUTE_SHARE).toEqual({ "llm-pretraining": 0.8, "llm-fine-tuning": 0.6, "dl-training": 0.7, inference: 0.3 });
  });

  // 2× the TFLOPS, half the bandwidth: rel = 2^α × 2^−(1−α) = 2^(2α − 1).
  const computeHeavy = makeAccelerator({ id: "compute-heavy", bf16DenseTflops: 2000, memoryBandwidthTbs: 2 });
  it.each([
    ["llm-pretraining", 2 ** 0.6, 1.515717],
    ["llm-fine-tuning", 2 ** 0.2, 1.148698],
    ["dl-training", 2 ** 0.4, 1.319508],
    ["inference", 2 ** -0.4, 0.757858],
  ] as const)("2× TFLOPS, ½ bandwidth, %s → %f", (workload, exact, sixDecimals) => {
    const rel = relativeThroughput(computeHeavy, ref, workload);
    expect(rel).toBeCloseTo(exact, 12);
    expect(rel).toBeCloseTo(sixDecimals, 6);
  });

  it.each(["llm-pretraining", "llm-fine-tuning", "dl-training", "inference"] as const)(
    "%s: the reference is exactly 1, and 4× on both axes is exactly 4",
    (workload) => {
      expect(relativeThroughput(ref, ref, workload)).toBe(1);
      expect(relativeThroughput(makeAccelerator({ id: "x4", bf16DenseTflops: 4000, memoryBandwidthTbs: 16 }), ref, workload)).toBeCloseTo(
        4,
        12,
      );
    },
  );

  it("is scale-free: scaling both accelerators by the same factor changes nothing", () => {
    const a = makeAccelerator({ id: "a", bf16DenseTflops: 300, memoryBandwidthTbs: 1.5 });
    const a10 = makeAccelerator({ id: "a10", bf16DenseTflops: 3000, memoryBandwidthTbs: 15 });
    const ref10 = makeAccelerator({ id: "r10", bf16DenseTflops: 10_000, memoryBandwidthTbs: 40 });
    // 0.3^0.6 × 0.375^0.4 = 0.485593 × 0.675480 = 0.328009
    expect(relativeThroughput(a, ref, "llm-fine-tuning")).toBeCloseTo(0.328009, 5);
    expect(relativeThroughput(a10, ref10, "llm-fine-tuning")).toBeCloseTo(relativeThroughput(a, ref, "llm-fine-tuning"), 12);
  });

  it("ranks a bandwidth-rich accelerator higher for inference than for pre-training", () => {
    const bandwidthRich = makeAccelerator({ id: "bw", bf16DenseTflops: 1000, memoryBandwidthTbs: 8 });
    // inference: 2^0.7 = 1.624505; pre-training: 2^0.2 = 1.148698
    expect(relativeThroughput(bandwidthRich, ref, "inference")).toBeCloseTo(1.624505, 6);
    expect(relativeThroughput(bandwidthRich, ref, "llm-pretraining")).toBeCloseTo(1.148698, 6);
  });
});

describe("relativeThroughput (CPU HPC): FP64 ratio", () => {
  const cpuRef = makeCpuNode(); // 10 FP64 TFLOPS
  it.each([
    ["3× FP64", makeCpuNode({ id: "big", fp64Tflops: 30 }), 3],
    ["half FP64", makeCpuNode({ id: "small", fp64Tflops: 5 }), 0.5],
    ["the reference", cpuRef, 1],
    ["a GPU with no FP64 figure", makeAccelerator(), 0],
  ] as const)("%s → %f", (_, acc, expected) => {
    expect(relativeThroughput(acc, cpuRef, "cpu-hpc")).toBeCloseTo(expected, 12);
  });

  it("is 0 when the reference has no FP64 figure", () => {
    expect(relativeThroughput(makeCpuNode(), makeAccelerator(), "cpu-hpc")).toBe(0);
  });
});
