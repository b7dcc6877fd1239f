import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { consultationPopulation } from "@/lib/demand/consultation-population";
import { needsSchema, type Needs, type NeedsInput } from "@/lib/needs/needs-schema";

const needs = (n: Partial<NeedsInput> = {}): Needs =>
  needsSchema.parse({ workload: "llm-fine-tuning", gpuHoursPerMonth: 2000, durationMonths: 6, ...n });

describe("consultationPopulation", () => {
  it("one firm per consultation, its current scenario's needs as the one workload", () => {
    const a = needs({ gpuHoursPerMonth: 100, subsidies: ["hk-aiss"], allowCommitment: false });
    const b = needs({ gpuHoursPerMonth: 300, residency: "hk-only" });
    const p = consultationPopulation([a, b], catalogue);
    expect(p).toMatchObject({ used: 2, skipped: 0 });
    expect(p.firms.map((f) => f.workloads)).toEqual([[a], [b]]);
    expect(p.firms.map((f) => [f.governmentFunded, f.profitable, f.allLayers, f.budgetHkd])).toEqual([
      [true, false, false, null],
      [false, true, false, null],
    ]);
  });

  it("copies only the needs fields: anything else on the object never reaches the population", () => {
    const secrets = { client: "Zebra Quantum Holdings", notes: "confidential merger talk", name: "Secret plan Z", advisor: "Marple" };
    const dirty = { ...needs(), ...secrets, organisation: { ...needs().organisation } } as Needs;
    const p = consultationPopulation([dirty], catalogue);
    const text = JSON.stringify(p);
    for (const s of Object.values(secrets)) expect(text).not.toContain(s);
    expect(Object.keys(p.firms[0]!.workloads[0]!).sort()).toEqual(Object.keys(needs()).sort());
  });

  it("the population shares no object with the store's needs (a later change cannot leak back)", () => {
    const a = needs({ tools: ["slurm"] });
    const p = consultationPopulation([a], catalogue);
    expect(p.firms[0]!.workloads[0]!.tools).not.toBe(a.tools);
    expect(p.firms[0]!.workloads[0]!.organisation).not.toBe(a.organisation);
  });

  it("drops price overrides on the centre's provider (the what-if sets that price) and keeps the others", () => {
    const a = needs({
      priceOverrides: [
        { offerId: "cyberport-aisc-commercial", discountPct: 50 },
        { offerId: "cyberport-aisc-aiss", scope: "provider", quotedPricePerAcceleratorHour: 1 },
        { offerId: "aws-tokyo-p5-h100", discountPct: 20 },
      ],
    });
    const [firm] = consultationPopulation([a], catalogue).firms;
    expect(firm!.workloads[0]!.priceOverrides.map((o) => o.offerId)).toEqual(["aws-tokyo-p5-h100"]);
  });

  it("leaves out needs that name an id today's catalogue lacks, and counts them", () => {
    const gone = needs({ accelerator: { model: "retired-accelerator-x", minMemoryGb: 0 } });
    const p = consultationPopulation([needs(), gone, needs({ subsidies: ["a-scheme-that-ended"] })], catalogue);
    expect(p).toMatchObject({ used: 1, skipped: 2 });
    expect(p.firms).toHaveLength(1);
  });

  it("no consultations → an empty population", () => {
    expect(consultationPopulation([], catalogue)).toEqual({ firms: [], used: 0, skipped: 0 });
  });
});
