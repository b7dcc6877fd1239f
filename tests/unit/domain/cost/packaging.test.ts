import { describe, expect, it } from "vitest";
import { estimateCost, type CostContext } from "@/lib/domain/cost/estimate-cost";
import { TEST_FX, makeAccelerator, makeNeeds, makeOffer } from "@/tests/fixtures/builders";

const ctx: CostContext = {
  fx: TEST_FX,
  subsidies: [],
  measuredOnThroughput: 1,
  offerThroughput: 1,
  accelerator: makeAccelerator(),
  projectStart: "2027-01-01",
};

/**
 * A 1-GPU job of 10 GPU-hours at USD 5 per GPU-hour (× 7.8 = HKD 39):
 *  - whole 8-GPU machines (p5.48xlarge), 192 GPU-hour Capacity Block minimum: max(10 × 8, 192) = 192 h → HKD 7,488;
 *  - a 1-GPU instance (p5.4xlarge) at the same per-GPU price, 24 GPU-hour minimum: max(10, 24) = 24 h → HKD 936.
 */
describe("node packaging: a 1-GPU instance is not charged for a whole 8-GPU machine", () => {
  const needs = makeNeeds({ gpuHoursPerMonth: 10, peakGpus: 1, durationMonths: 1 });
  const price = { currency: "USD", perAcceleratorHour: 5 } as const;

  it("8-GPU machines only: 192 billed GPU-hours", () => {
    const est = estimateCost(
      makeOffer({ price, accelerator: { perNode: 8, allocation: "node" }, minimumPurchase: { acceleratorHours: 192 } }),
      needs,
      ctx,
    );
    expect(est.packagingFactor).toBe(8);
    expect(est.billedHours).toBe(192);
    expect(est.totalHkd).toBeCloseTo(7_488, 6);
  });

  it("1 GPU per instance, 24 GPU-hour minimum: 24 billed GPU-hours, one eighth of the cost", () => {
    const est = estimateCost(
      makeOffer({ price, accelerator: { perNode: 1, allocation: "accelerator" }, minimumPurchase: { acceleratorHours: 24 } }),
      needs,
      ctx,
    );
    expect(est.packagingFactor).toBe(1);
    expect(est.billedHours).toBe(24);
    expect(est.totalHkd).toBeCloseTo(936, 6);
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
    const est = estimateCost(
      makeOffer({ price, accelerator: { perNode: 1, allocation: "accelerator" }, minimumPurchase: { acceleratorHours: 24 } }),
      makeNeeds({ gpuHoursPerMonth: 100, peakGpus: 1 }),
      ctx,
    );
    expect(est.billedHours).toBe(100);
  });
});
