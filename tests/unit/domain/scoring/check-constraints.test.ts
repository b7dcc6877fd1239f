import { describe, expect, it } from "vitest";
import { daysBetween } from "@/lib/domain/calendar";
import { checkConstraints, failureReason } from "@/lib/domain/scoring/check-constraints";
import { HARD_RULES } from "@/lib/domain/scoring/rule-check";
import type { Accelerator } from "@/lib/catalogue/offer-schema";
import type { NeedsInput } from "@/lib/needs/needs-schema";
import { TEST_AS_OF, makeAccelerator, makeCpuNode, makeNeeds, makeOffer, type OfferOverrides } from "@/tests/fixtures/builders";

const gpu = makeAccelerator(); // h100-sxm, 80 GB
const cpu = makeCpuNode();

/** The failed rules as the reasons the excluded list shows (empty = feasible). */
function check(offer: OfferOverrides = {}, needs: Partial<NeedsInput> = {}, acc: Accelerator = gpu) {
  return checkConstraints(makeOffer(offer), acc, makeNeeds(needs), TEST_AS_OF)
    .map(failureReason)
    .filter((r) => r !== null);
}

describe("daysBetween", () => {
  it.each([
    ["2026-11-25", "2026-11-25", 0],
    ["2026-11-25", "2026-12-01", 6],
    ["2026-12-01", "2026-11-25", -6],
    ["2024-02-28", "2024-03-01", 2],
    ["2025-11-25", "2026-11-25", 365],
  ])("%s → %s = %i days", (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe("checkConstraints", () => {
  it("passes the builders' default offer and needs", () => {
    expect(check()).toEqual([]);
  });

  it.each([
    // [case, offer overrides, needs overrides, accelerator, expected reason]
    ["CPU HPC on a GPU offer", {}, { workload: "cpu-hpc" }, gpu, { code: "exclude.needs-cpu", params: { model: "Test H100" } }],
    [
      "GPU work on a CPU partition",
      { accelerator: { model: "cpu-ref" } },
      { workload: "inference" },
      cpu,
      { code: "exclude.needs-accelerator", params: { model: "Test CPU node" } },
    ],
    [
      "residency hk-only, data in JP",
      { location: { country: "JP", jurisdiction: "JP" } },
      { residency: "hk-only" },
      gpu,
      { code: "exclude.residency", params: { rule: "hk-only", jurisdiction: "JP" } },
    ],
    [
      "residency hk-or-mainland, data in SG",
      { location: { country: "SG", jurisdiction: "SG" } },
      { residency: "hk-or-mainland" },
      gpu,
      { code: "exclude.residency", params: { rule: "hk-or-mainland", jurisdiction: "SG" } },
    ],
    [
      "restricted data in CN",
      { location: { country: "CN", jurisdiction: "CN" } },
      { dataSensitivity: "restricted" },
      gpu,
      { code: "exclude.sensitivity", params: { sensitivity: "restricted", jurisdiction: "CN" } },
    ],
    [
      "mainland-important data in HK",
      {},
      { dataSensitivity: "mainland-important" },
      gpu,
      { code: "exclude.sensitivity", params: { sensitivity: "mainland-important", jurisdiction: "HK" } },
    ],
    [
      "mainland-important data in SG",
      { location: { country: "SG", jurisdiction: "SG" } },
      { dataSensitivity: "mainland-important" },
      gpu,
      { code: "exclude.sensitivity", params: { sensitivity: "mainland-important", jurisdiction: "SG" } },
    ],
    [
      "another accelerator model asked for",
      {},
      { accelerator: { model: "a100-80g" } },
      gpu,
      { code: "exclude.accelerator-model", params: { wanted: "a100-80g", offered: "h100-sxm" } },
    ],
    [
      "too little accelerator memory",
      {},
      { accelerator: { minMemoryGb: 96 } },
      gpu,
      { code: "exclude.accelerator-memory", params: { wantedGb: 96, offeredGb: 80 } },
    ],
    [
      "more GPUs at once than the quota",
      { maxAccelerators: 64 },
      { peakGpus: 128 },
      gpu,
      { code: "exclude.concurrency", params: { peak: 128, max: 64 } },
    ],
    [
      "multi-node needed, none offered",
      { interconnect: { multiNode: false, fabric: "PCIe only", gbps: 0 } },
      { multiNode: true },
      gpu,
      { code: "exclude.multi-node", params: { fabric: "PCIe only" } },
    ],
    [
      "16 GPUs span two 8-GPU nodes that cannot be linked",
      { interconnect: { multiNode: false, fabric: "NVLink", gbps: 0 } },
      { peakGpus: 16 },
      gpu,
      { code: "exclude.spans-nodes", params: { peak: 16, perNode: 8 } },
    ],
    [
      "open to universities only",
      { eligibility: { anyOf: ["university"] } },
      {},
      gpu,
      { code: "exclude.eligibility", params: { anyOf: ["university"] } },
    ],
    [
      "open to mainland entities or universities",
      { eligibility: { anyOf: ["mainland-entity", "university"] } },
      {},
      gpu,
      { code: "exclude.eligibility", params: { anyOf: ["mainland-entity", "university"] } },
    ],
    [
      "14-day lead time, start in 6 days",
      { leadTimeDays: 14 },
      { startBy: "2026-12-01" },
      gpu,
      { code: "exclude.lead-time", params: { leadDays: 14, availableDays: 6, startBy: "2026-12-01" } },
    ],
    [
      "start date already past",
      { leadTimeDays: 0 },
      { startBy: "2026-11-24" },
      gpu,
      { code: "exclude.lead-time", params: { leadDays: 0, availableDays: -1, startBy: "2026-11-24" } },
    ],
  ] as const)("%s → only that reason", (_, offer, needs, acc, expected) => {
    expect(check(offer, needs, acc)).toEqual([expected]);
  });

  it.each([
    ["lead time equal to the days left", { leadTimeDays: 6 }, { startBy: "2026-12-01" }],
    ["peak equal to the quota", { maxAccelerators: 16 }, { peakGpus: 16 }],
    ["memory equal to the minimum", {}, { accelerator: { minMemoryGb: 80 } }],
    ["the same model asked for", {}, { accelerator: { model: "h100-sxm" } }],
    ["peak within one node without multi-node", { interconnect: { multiNode: false, fabric: "NVLink", gbps: 0 } }, { peakGpus: 8 }],
    ["mainland-origin data in HK", {}, { dataSensitivity: "mainland-origin", residency: "hk-only" }],
    [
      "mainland-origin data in SG (a penalty, not an exclusion)",
      { location: { country: "SG", jurisdiction: "SG" } },
      { dataSensitivity: "mainland-origin" },
    ],
    [
      "mainland-important data in the mainland",
      { location: { country: "CN", jurisdiction: "CN" } },
      { dataSensitivity: "mainland-important" },
    ],
    [
      "mainland entity on a mainland-only offer",
      { eligibility: { anyOf: ["mainland-entity"] } },
      { organisation: { hkRegistered: false, mainlandEntity: true } },
    ],
  ] as const)("boundary passes: %s", (_, offer, needs) => {
    expect(check(offer, needs)).toEqual([]);
  });

  it("does not apply the accelerator model and memory rules to a CPU partition", () => {
    const reasons = check(
      { accelerator: { model: "cpu-ref" } },
      { workload: "cpu-hpc", accelerator: { model: "h100-sxm", minMemoryGb: 1000 } },
      cpu,
    );
    expect(reasons).toEqual([]);
  });

  it("reports every failed rule at once, in rule order", () => {
    const reasons = check(
      {
        location: { country: "CN", jurisdiction: "CN" },
        maxAccelerators: 8,
        interconnect: { multiNode: false, fabric: "PCIe", gbps: 0 },
        eligibility: { anyOf: ["university"] },
        leadTimeDays: 30,
      },
      {
        residency: "hk-only",
        dataSensitivity: "restricted",
        accelerator: { model: "b200", minMemoryGb: 141 },
        peakGpus: 16,
        multiNode: true,
        startBy: "2026-12-05",
      },
    );
    expect(reasons).toEqual([
      { code: "exclude.residency", params: { rule: "hk-only", jurisdiction: "CN" } },
      { code: "exclude.sensitivity", params: { sensitivity: "restricted", jurisdiction: "CN" } },
      { code: "exclude.accelerator-model", params: { wanted: "b200", offered: "h100-sxm" } },
      { code: "exclude.accelerator-memory", params: { wantedGb: 141, offeredGb: 80 } },
      { code: "exclude.concurrency", params: { peak: 16, max: 8 } },
      { code: "exclude.multi-node", params: { fabric: "PCIe" } },
      { code: "exclude.eligibility", params: { anyOf: ["university"] } },
      { code: "exclude.lead-time", params: { leadDays: 30, availableDays: 10, startBy: "2026-12-05" } },
    ]);
  });

  it("reports spans-nodes (not multi-node) together with the workload mismatch", () => {
    const reasons = check({ interconnect: { multiNode: false, fabric: "NVLink", gbps: 0 } }, { workload: "cpu-hpc", peakGpus: 9 });
    expect(reasons.map((r) => r.code)).toEqual(["exclude.needs-cpu", "exclude.spans-nodes"]);
  });
});

describe("checkConstraints: whole-node packaging counts against the quota", () => {
  const ib = { multiNode: true, fabric: "IB", gbps: 400 };
  it("12 GPUs on 8-GPU nodes hold 16, which a 12-GPU quota cannot", () => {
    const reasons = check(
      { accelerator: { model: "h100-sxm", perNode: 8, allocation: "node" }, maxAccelerators: 12, interconnect: ib },
      { peakGpus: 12 },
    );
    expect(reasons).toContainEqual({ code: "exclude.concurrency", params: { peak: 16, max: 12 } });
  });
  it("sold per accelerator, 12 GPUs fit a 12-GPU quota", () => {
    const reasons = check(
      { accelerator: { model: "h100-sxm", perNode: 8, allocation: "accelerator" }, maxAccelerators: 12, interconnect: ib },
      { peakGpus: 12 },
    );
    expect(reasons.map((r) => r.code)).not.toContain("exclude.concurrency");
  });
});

describe("checkConstraints returns every hard rule, passed or failed", () => {
  it("lists each cost-independent rule once, in HARD_RULES order, all passed for the default offer", () => {
    const checks = checkConstraints(makeOffer(), gpu, makeNeeds(), TEST_AS_OF);
    expect(checks.map((c) => c.rule)).toEqual(HARD_RULES.filter((r) => r !== "budget"));
    expect(checks.every((c) => c.passed)).toBe(true);
  });

  it("carries the need's and the offer's values, e.g. whole-node rounding in the concurrency rule", () => {
    const checks = checkConstraints(
      makeOffer({
        accelerator: { model: "h100-sxm", perNode: 8, allocation: "node" },
        maxAccelerators: 12,
        interconnect: { multiNode: true, fabric: "IB", gbps: 400 },
      }),
      gpu,
      makeNeeds({ peakGpus: 12 }),
      TEST_AS_OF,
    );
    expect(checks.find((c) => c.rule === "concurrency")).toEqual({
      rule: "concurrency",
      passed: false,
      need: { peak: 12, held: 16, wholeNodes: true },
      offer: { maxAccelerators: 12, perNode: 8 },
    });
  });

  it("inference replicas are exempt from the single-node rule (the panel must not mark them failed)", () => {
    const offer = makeOffer({
      accelerator: { model: "h100-sxm", perNode: 1, allocation: "accelerator" },
      interconnect: { multiNode: false, fabric: "PCIe", gbps: 0 },
    });
    const inference = checkConstraints(offer, gpu, makeNeeds({ workload: "inference", peakGpus: 4 }), TEST_AS_OF).find(
      (c) => c.rule === "single-node-fit",
    );
    expect(inference).toMatchObject({ passed: true, need: { exempt: true } });
    const training = checkConstraints(offer, gpu, makeNeeds({ workload: "dl-training", peakGpus: 4 }), TEST_AS_OF).find(
      (c) => c.rule === "single-node-fit",
    );
    expect(training).toMatchObject({ passed: false, need: { exempt: false, peak: 4 }, offer: { perNode: 1 } });
  });
});

describe("failureReason for a named-institution cluster", () => {
  it("lists the institutions (ids with labels), not an opaque token", () => {
    const checks = checkConstraints(
      makeOffer({ eligibility: { anyOf: [{ memberOf: ["hkust-gz", "hkust"] }] } }),
      gpu,
      makeNeeds({ organisation: { university: true } }),
      TEST_AS_OF,
    );
    const failed = checks.filter((c) => !c.passed);
    expect(failed.map((c) => c.rule)).toEqual(["eligibility"]);
    expect(failureReason(failed[0]!)).toEqual({ code: "exclude.eligibility", params: { anyOf: ["hkust-gz", "hkust"] } });
  });
});
