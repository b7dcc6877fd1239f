import { describe, expect, it } from "vitest";
import { estimateCost } from "@/lib/domain/cost/estimate-cost";
import { makeCostContext, makeNeeds, makeOffer } from "@/tests/fixtures/builders";

const ctx = makeCostContext({ projectStart: "2027-01-01" });

/**
 * A 1-GPU job of 10 GPU-hours at USD 5 per GPU-hour (× 7.8 = HKD 39):
 *  - whole 8-GPU machines (p5.48xlarge), 192 GPU-hour Capacity Block minimum: max(10 × 8, 192) = 192 h → HKD 7,488;
 *  - a 1-GPU instance (p5.4xlarge) at the same per-GPU price, 24 GPU-hour minimum: max(10, 24) = 24 h → HKD 936.
 */
describe("node packaging: a 1-GPU instance is not charged for a whole 8-GPU machine", () => {
  const needs = makeNeeds({ gpuHoursPerMonth: 10, peakGpus: 1, durationMonths: 1 });
  const price = { currency: "USD", perAcceleratorHour: 5 } as const;

  /** An offer at USD 5 per GPU-hour with `perNode` GPUs per instance and a minimum purchase of `minimumHours` GPU-hours. */
  const estimate = (perNode: number, allocation: "node" | "accelerator", minimumHours: number, forNeeds = needs) =>
    estimateCost(
      makeOffer({ price, accelerator: { perNode, allocation }, minimumPurchase: { acceleratorHours: minimumHours } }),
      forNeeds,
      ctx,
    );

  it.each([
    ["8-GPU machines only: 192 billed GPU-hours", 8, "node", 192, 8, 192, 7_488],
    ["1 GPU per instance, 24 GPU-hour minimum: 24 billed GPU-hours, one eighth of the cost", 1, "accelerator", 24, 1, 24, 936],
  ] as const)("%s", (_, perNode, allocation, minimumHours, packagingFactor, billedHours, totalHkd) => {
    const est = estimate(perNode, allocation, minimumHours);
    expect(est.packagingFactor).toBe(packagingFactor);
    expect(est.billedHours).toBe(billedHours);
    expect(est.totalHkd).toBeCloseTo(totalHkd, 6);
  });

  it("the 1-GPU instance's compute line: 24 GPU-hours at USD 5, with the minimum purchase noted", () => {
    const est = estimate(1, "accelerator", 24);
    expect(est.lines[0]).toMatchObject({
      kind: "compute",
      quantity: 24,
      unit: "accelerator-hour",
      unitPrice: 5,
      currency: "USD",
      hkdPerUnit: 7.8,
    });
    expect(est.notes).toContainEqual({ code: "cost.minimum-purchase", params: { minimum: 24, needed: 10 } });
  });

  it("above the minimum, the 1-GPU instance bills exactly the hours used", () => {
    const est = estimate(1, "accelerator", 24, makeNeeds({ gpuHoursPerMonth: 100, peakGpus: 1 }));
    expect(est.billedHours).toBe(100);
  });
});
