import { describe, expect, it } from "vitest";
import { randomNeeds } from "@/lib/needs/random-needs";
import { createSeededRandom } from "@/lib/domain/random/seeded-random";
import { needsSchema, type Needs } from "@/lib/needs/needs-schema";
import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import { DATA_SENSITIVITIES, RESIDENCIES, WORKLOADS } from "@/lib/needs/needs-vocabulary";

const DRAWS = 500;
const draws = (seed: number, n = DRAWS): Needs[] => {
  const rnd = createSeededRandom(seed);
  return Array.from({ length: n }, () => randomNeeds(rnd));
};

describe("randomNeeds", () => {
  it("is deterministic for a seed", () => {
    expect(draws(42, 20)).toEqual(draws(42, 20));
  });

  it("different seeds give different needs", () => {
    expect(draws(1, 5)).not.toEqual(draws(2, 5));
  });

  it("consecutive draws from one stream differ", () => {
    const [a, b] = draws(7, 2);
    expect(a).not.toEqual(b);
  });

  const sample = draws(2026);

  it("always passes needsSchema (output is a fixed point of the schema)", () => {
    for (const n of sample) expect(needsSchema.parse(n)).toEqual(n);
  });

  it("keeps the documented ranges: GPU-hours 10–200,000 a month, 1–36 months, peak 1–512 GPUs", () => {
    for (const n of sample) {
      expect(n.gpuHoursPerMonth).toBeGreaterThanOrEqual(10);
      expect(n.gpuHoursPerMonth).toBeLessThanOrEqual(200_000);
      expect(Number.isInteger(n.gpuHoursPerMonth)).toBe(true);
      expect(n.durationMonths).toBeGreaterThanOrEqual(1);
      expect(n.durationMonths).toBeLessThanOrEqual(36);
      expect(n.peakGpus).toBeGreaterThanOrEqual(1);
      expect(n.peakGpus).toBeLessThanOrEqual(512);
    }
  });

  it("keeps the other fields in their ranges and vocabularies", () => {
    for (const n of sample) {
      expect(WORKLOADS).toContain(n.workload);
      expect(DATA_SENSITIVITIES).toContain(n.dataSensitivity);
      expect(RESIDENCIES).toContain(n.residency);
      expect(n.accelerator.model).toBe("any");
      expect([0, 24, 40, 80]).toContain(n.accelerator.minMemoryGb);
      if (n.multiNode) expect(n.peakGpus).toBeGreaterThan(8);
      expect(n.storageTb).toBeGreaterThanOrEqual(0);
      expect(n.storageTb).toBeLessThanOrEqual(200);
      expect(n.egressTbPerMonth).toBeGreaterThanOrEqual(0);
      expect(n.egressTbPerMonth).toBeLessThanOrEqual(20);
      if (n.budgetHkd !== null) {
        expect(n.budgetHkd).toBeGreaterThanOrEqual(1e4);
        expect(n.budgetHkd).toBeLessThanOrEqual(1e8);
      }
      expect([null, "2027-03-01"]).toContain(n.startBy);
      for (const t of n.tools) expect(TOOLS).toContain(t);
      expect(new Set(n.tools).size).toBe(n.tools.length);
      expect(["en", "zh-HK", "zh-CN"]).toContain(n.supportLanguage);
      expect([[], ["hk-aiss"]]).toContainEqual(n.subsidies);
    }
  });

  it("spreads over its ranges (log-uniform GPU-hours reach both decades; every enum value appears)", () => {
    const hours = sample.map((n) => n.gpuHoursPerMonth);
    expect(Math.min(...hours)).toBeLessThan(100);
    expect(Math.max(...hours)).toBeGreaterThan(20_000);
    const peaks = sample.map((n) => n.peakGpus);
    expect(Math.min(...peaks)).toBe(1);
    expect(Math.max(...peaks)).toBeGreaterThan(256);
    expect(new Set(sample.map((n) => n.durationMonths)).size).toBe(36);
    expect(new Set(sample.map((n) => n.workload)).size).toBe(WORKLOADS.length);
    expect(new Set(sample.map((n) => n.dataSensitivity)).size).toBe(DATA_SENSITIVITIES.length);
    expect(new Set(sample.map((n) => n.residency)).size).toBe(RESIDENCIES.length);
    expect(sample.some((n) => n.multiNode)).toBe(true);
    expect(sample.some((n) => n.budgetHkd === null) && sample.some((n) => n.budgetHkd !== null)).toBe(true);
  });
});
