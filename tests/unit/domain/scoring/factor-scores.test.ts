import { describe, expect, it } from "vitest";
import type { CostEstimate } from "@/lib/domain/cost/estimate-cost";
import { approvalScore, APPLICATION_PATH_POINTS, LEAD_TIME_SCALE_DAYS } from "@/lib/domain/scoring/approval-score";
import { clamp01, logScale, round2 } from "@/lib/domain/scoring/factor-score";
import { allows, jurisdictionFit, RESIDENCY_ALLOWS, SENSITIVITY_ALLOWS } from "@/lib/domain/scoring/jurisdiction-policy";
import { performanceScore, throughputPoints } from "@/lib/domain/scoring/performance-score";
import { PRICE_SCALE, priceScore } from "@/lib/domain/scoring/price-score";
import { CERTIFICATION_POINTS, securityScore, TENANCY_POINTS } from "@/lib/domain/scoring/security-score";
import { uxScore } from "@/lib/domain/scoring/ux-score";
import { CERTIFICATIONS, type Jurisdiction } from "@/lib/catalogue/offer-schema";
import { makeNeeds, makeOffer } from "@/tests/fixtures/builders";

/*
 * Every expected value below was worked out by hand (calculator) from the formula in the
 * function's doc comment, e.g. price(20) = 100 × ln(400/20) / ln(400/4) = 100 × 2.995732 / 4.605170 = 65.05.
 */

describe("factor-score helpers", () => {
  it.each([
    [-0.5, 0],
    [0, 0],
    [0.25, 0.25],
    [1, 1],
    [1.5, 1],
  ])("clamp01(%f) = %f", (x, expected) => {
    expect(clamp01(x)).toBe(expected);
  });

  it.each([
    [1.006, 1.01],
    [65.0515, 65.05],
    [66.6667, 66.67],
    [-0.004, -0],
  ])("round2(%f) = %f", (x, expected) => {
    expect(round2(x)).toBeCloseTo(expected, 10);
  });

  it.each([
    // cost direction: best 4 → 100, worst 400 → 0
    [4, 4, 400, 100],
    [400, 4, 400, 0],
    [40, 4, 400, 50],
    [1, 4, 400, 100],
    [4000, 4, 400, 0],
    // speed direction: best 100 → 100, worst 1 → 0
    [100, 100, 1, 100],
    [1, 100, 1, 0],
    [10, 100, 1, 50],
    [1000, 100, 1, 100],
    [0, 100, 1, 0],
  ])("logScale(%f, best %f, worst %f) = %f", (x, best, worst, expected) => {
    expect(logScale(x, best, worst)).toBeCloseTo(expected, 10);
  });

  // BUG (reported): for a cost scale (best < worst) a cost of 0 is better than `best` and
  // should score 100, but `!(x > 0)` returns 0 for both directions (`best < worst ? 0 : 0`).
  it("logScale: zero cost on a cost scale is the best possible → 100", () => {
    expect(logScale(0, 4, 400)).toBe(100);
  });
});

/** A cost estimate whose all-in price per effective hour is `x`. */
function costAt(x: number, effectiveHours = 1000): CostEstimate {
  return {
    totalHkd: x * effectiveHours,
    monthlyHkd: x * effectiveHours,
    lines: [],
    hourUnit: "accelerator-hour",
    effectiveHours,
    neededHours: effectiveHours,
    billedHours: effectiveHours,
    packagingFactor: 1,
    priceHkdPerHour: x,
    listPriceHkdPerHour: x,
    commitment: null,
    override: null,
    hkdPerEffectiveHour: x,
    notes: [],
  };
}

describe("priceScore: 100 × ln(worst/x) / ln(worst/best)", () => {
  it("fixes the scales: GPU HKD 4 → 100 … HKD 400 → 0; CPU HKD 2 → 100 … HKD 200 → 0", () => {
    expect(PRICE_SCALE).toEqual({ gpu: { bestHkd: 4, worstHkd: 400 }, cpu: { bestHkd: 2, worstHkd: 200 } });
  });

  it.each([
    // [HKD per effective hour, cpu, score]
    [4, false, 100],
    [400, false, 0],
    [40, false, 50],
    [20, false, 65.05],
    [100, false, 30.1],
    [2, false, 100],
    [800, false, 0],
    [2, true, 100],
    [20, true, 50],
    [200, true, 0],
    [1, true, 100],
    [400, true, 0],
  ])("HKD %f per effective hour (cpu %s) → %f", (x, cpu, expected) => {
    const s = priceScore(costAt(x), cpu);
    expect(s.score).toBe(expected);
    expect(s.inputs.hkdPerEffectiveHour).toBe(x);
    expect(s.reasons).toEqual([{ code: "price.per-effective-hour", params: { hkd: x, cpu } }]);
  });

  // Same bug through the factor: a fully subsidised (HKD 0) offer must not score worst.
  it("a fully subsidised offer (HKD 0 per hour) scores 100, not 0", () => {
    expect(priceScore(costAt(0), false).score).toBe(100);
  });
});

describe("securityScore: 0.5 × jurisdiction fit + 0.3 × certifications (cap 100) + 0.2 × tenancy", () => {
  it.each([
    // sensitivity, jurisdiction (HK, CN, strong-privacy JP/EU, other US/IN), expected fit
    ["public", "HK", 100],
    ["public", "CN", 100],
    ["public", "JP", 100],
    ["public", "US", 100],
    ["confidential", "HK", 100],
    ["confidential", "CN", 60],
    ["confidential", "EU", 85],
    ["confidential", "US", 75],
    ["personal", "HK", 100],
    ["personal", "CN", 50],
    ["personal", "SG", 75],
    ["personal", "IN", 60],
    ["mainland-origin", "HK", 70],
    ["mainland-origin", "CN", 100],
    ["mainland-origin", "UK", 50],
    ["mainland-origin", "US", 40],
    ["mainland-important", "HK", 0],
    ["mainland-important", "CN", 100],
    ["mainland-important", "SG", 0],
    ["mainland-important", "US", 0],
    ["restricted", "HK", 100],
    ["restricted", "CN", 0],
    ["restricted", "AU", 0],
    ["restricted", "MY", 0],
  ] as const)("jurisdictionFit(%s, %s) = %i", (sensitivity, j, expected) => {
    expect(jurisdictionFit(sensitivity, j)).toBe(expected);
  });

  it("weighs certifications and tenancy by what an auditor asks for", () => {
    // ISO 27001 is the baseline: it outweighs every other single certification.
    const others = CERTIFICATIONS.filter((c) => c !== "iso27001").map((c) => CERTIFICATION_POINTS[c]);
    expect(Math.max(...others)).toBeLessThan(CERTIFICATION_POINTS.iso27001);
    // Every certification counts for something, and holding all of them reaches the cap.
    expect(CERTIFICATIONS.every((c) => CERTIFICATION_POINTS[c] > 0)).toBe(true);
    expect(CERTIFICATIONS.reduce((s, c) => s + CERTIFICATION_POINTS[c], 0)).toBeGreaterThanOrEqual(100);
    // Less sharing, more points: a dedicated cluster > bare metal > a dedicated host > a shared VM > shared HPC.
    const order = ["dedicated-cluster", "bare-metal", "dedicated-host", "shared-vm", "shared-hpc"] as const;
    expect(order.map((t) => TENANCY_POINTS[t])).toEqual([...order.map((t) => TENANCY_POINTS[t])].sort((a, b) => b - a));
    expect(new Set(order.map((t) => TENANCY_POINTS[t])).size).toBe(order.length);
  });

  const allCerts = CERTIFICATIONS;
  it.each([
    // [case, jurisdiction, sensitivity, certifications, tenancy, cert points, score]
    ["HK confidential, ISO 27001 + SOC 2, shared VM: 50 + 16.5 + 12", "HK", "confidential", ["iso27001", "soc2"], "shared-vm", 55, 78.5],
    ["CN personal, none, bare metal: 25 + 0 + 18", "CN", "personal", [], "bare-metal", 0, 43],
    [
      "JP confidential, every cert (150 → cap 100), dedicated cluster: 42.5 + 30 + 20",
      "JP",
      "confidential",
      allCerts,
      "dedicated-cluster",
      100,
      92.5,
    ],
    ["US personal, ISO 27001, shared HPC: 30 + 10.5 + 10", "US", "personal", ["iso27001"], "shared-hpc", 35, 50.5],
    ["HK restricted, MLPS 3, dedicated host: 50 + 4.5 + 17", "HK", "restricted", ["mlps-level3"], "dedicated-host", 15, 71.5],
    ["SG public, ISO 27017/27018/27701, shared VM: 50 + 9 + 12", "SG", "public", ["iso27017", "iso27018", "iso27701"], "shared-vm", 30, 71],
    ["top of the scale: HK, ≥100 cert points, dedicated cluster", "HK", "personal", allCerts, "dedicated-cluster", 100, 100],
    ["bottom of the scale: restricted data in US, no certs, shared HPC: 0 + 0 + 10", "US", "restricted", [], "shared-hpc", 0, 10],
  ] as const)("%s", (_, jurisdiction, sensitivity, certifications, tenancy, certPoints, expected) => {
    const s = securityScore(makeOffer({ location: { jurisdiction }, certifications: [...certifications], tenancy }), sensitivity);
    expect(s.score).toBe(expected);
    expect(s.inputs.certificationPoints).toBe(certPoints);
    expect(s.reasons.map((r) => r.code)).toEqual([
      "security.jurisdiction",
      certifications.length > 0 ? "security.certifications" : "security.no-certifications",
      "security.tenancy",
    ]);
  });
});

type AdmitsRefuses = { admits: Jurisdiction[]; refuses: Jurisdiction[] };

/** One policy's cases: for each rule tried, the jurisdictions it admits and those it refuses. */
function policyCases<R extends string>(policy: string, table: Record<R, readonly Jurisdiction[] | "all">, rules: Partial<Record<R, AdmitsRefuses>>) {
  return (Object.entries(rules) as [R, AdmitsRefuses][]).flatMap(([rule, { admits, refuses }]) => [
    ...admits.map((j) => [policy, rule, j, true, table[rule]] as const),
    ...refuses.map((j) => [policy, rule, j, false, table[rule]] as const),
  ]);
}

describe("jurisdiction policy (hard rules)", () => {
  it.each([
    ...policyCases("residency", RESIDENCY_ALLOWS, {
      "hk-only": { admits: ["HK"], refuses: ["CN", "SG"] },
      "hk-or-mainland": { admits: ["HK", "CN"], refuses: ["JP"] },
      anywhere: { admits: ["US", "CN"], refuses: [] },
    }),
    ...policyCases("sensitivity", SENSITIVITY_ALLOWS, {
      public: { admits: ["US"], refuses: [] },
      confidential: { admits: ["CN"], refuses: [] },
      personal: { admits: ["IN"], refuses: [] },
      "mainland-origin": { admits: ["CN", "HK", "SG"], refuses: [] },
      "mainland-important": { admits: ["CN"], refuses: ["HK", "SG"] },
      restricted: { admits: ["HK"], refuses: ["CN"] },
    }),
  ])("%s %s admits %s: %s", (_policy, _rule, j, expected, allowed) => {
    expect(allows(allowed, j)).toBe(expected);
  });
});

describe("performanceScore: 0.7 × throughput + 0.15 × interconnect + 0.15 × queue", () => {
  it.each([
    // rel → 100 × (log2 rel + 4) / 6, clamped
    [1, 66.67],
    [4, 100],
    [8, 100],
    [1 / 16, 0],
    [1 / 32, 0],
    [2, 83.33],
    [0.5, 50],
    [0, 0],
    [-1, 0],
  ])("throughputPoints(%f) = %f", (rel, expected) => {
    expect(round2(throughputPoints(rel))).toBe(expected);
  });

  it.each([
    // [case, rel, needs, offer, interconnect pts, queue pts, score]
    ["reference GPU, fits one node, no queue: 46.67 + 15 + 15", 1, { peakGpus: 8 }, { queueWaitDays: 0 }, 100, 100, 76.67],
    [
      "2×, multi-node 400 Gb/s, 15-day queue: 58.33 + 8.57 + 7.5",
      2,
      { multiNode: true },
      { queueWaitDays: 15, interconnect: { gbps: 400 } },
      57.14,
      50,
      74.4,
    ],
    ["4×, 16 GPUs on 8-GPU nodes, 3,200 Gb/s: top of the scale", 4, { peakGpus: 16 }, { interconnect: { gbps: 3200 } }, 100, 100, 100],
    [
      "1/16×, multi-node 25 Gb/s, 30-day queue: bottom of the scale",
      1 / 16,
      { multiNode: true },
      { queueWaitDays: 30, interconnect: { gbps: 25 } },
      0,
      0,
      0,
    ],
    [
      "½×, spans nodes, 0 Gb/s, 3-day queue: 35 + 0 + 13.5",
      0.5,
      { peakGpus: 16 },
      { queueWaitDays: 3, interconnect: { gbps: 0 } },
      0,
      90,
      48.5,
    ],
    [
      "1×, multi-node 200 Gb/s, 6-day queue: 46.67 + 6.43 + 12",
      1,
      { multiNode: true },
      { queueWaitDays: 6, interconnect: { gbps: 200 } },
      42.86,
      80,
      65.1,
    ],
    [
      "below 25 Gb/s clamps to 0, queue > 30 days clamps to 0",
      1,
      { multiNode: true },
      { queueWaitDays: 45, interconnect: { gbps: 10 } },
      0,
      0,
      46.67,
    ],
    ["above 3,200 Gb/s clamps to 100", 1, { multiNode: true }, { interconnect: { gbps: 6400 } }, 100, 100, 76.67],
  ] as const)("%s", (_, rel, needs, offer, icPoints, queuePoints, expected) => {
    const s = performanceScore(makeOffer(offer), makeNeeds(needs), rel);
    expect(s.score).toBe(expected);
    expect(s.inputs.interconnectPoints).toBe(icPoints);
    expect(s.inputs.queuePoints).toBe(queuePoints);
  });

  it("explains a single-node fit and a multi-node one differently", () => {
    const single = performanceScore(makeOffer(), makeNeeds({ peakGpus: 4 }), 1);
    const multi = performanceScore(makeOffer(), makeNeeds({ peakGpus: 4, multiNode: true }), 1);
    expect(single.reasons.map((r) => r.code)).toEqual(["performance.throughput", "performance.single-node", "performance.queue"]);
    expect(multi.reasons.map((r) => r.code)).toEqual(["performance.throughput", "performance.interconnect", "performance.queue"]);
  });
});

describe("approvalScore: 0.6 × path points + 0.4 × 100 × (1 − ln(1 + days) / ln 181)", () => {
  it("fixes the path points and the 180-day lead-time scale", () => {
    expect(APPLICATION_PATH_POINTS).toEqual({
      "self-serve": 100,
      "online-application": 75,
      "proposal-review": 40,
      "institutional-agreement": 25,
    });
    expect(LEAD_TIME_SCALE_DAYS).toBe(180);
  });

  it.each([
    // [path, lead days, lead points, score]
    ["self-serve", 0, 100, 100],
    ["institutional-agreement", 180, 0, 15],
    ["institutional-agreement", 365, 0, 15],
    ["online-application", 7, 60, 69], // ln 8 / ln 181 = 2.079442 / 5.198497 = 0.400008
    ["proposal-review", 30, 33.94, 37.58], // ln 31 / ln 181 = 0.660573
    ["self-serve", 1, 86.67, 94.67], // ln 2 / ln 181 = 0.133336
  ] as const)("%s, %i days → lead %f, score %f", (applicationPath, leadTimeDays, leadPoints, expected) => {
    const s = approvalScore(makeOffer({ applicationPath, leadTimeDays }));
    expect(s.score).toBe(expected);
    expect(s.inputs.leadPoints).toBe(leadPoints);
  });
});

describe("uxScore: 0.6 × tools + 0.25 × language + 0.15 × console/API", () => {
  it.each([
    // [case, requested tools, support language, offer tools, offer languages, score]
    ["nothing requested, no tools, English: 0 + 25 + 0", [], "en", [], ["en"], 25],
    [
      "nothing requested, all 6 tools, English: 60 + 25 + 15 (top of the scale)",
      [],
      "en",
      ["jupyter", "containers", "kubernetes", "slurm", "web-console", "api"],
      ["en"],
      100,
    ],
    [
      "1 of 2 requested, 3 of 6 offered, English only for zh-HK, API: 0.6 × (35 + 15) + 12.5 + 7.5",
      ["jupyter", "containers"],
      "zh-HK",
      ["jupyter", "slurm", "api"],
      ["en"],
      50,
    ],
    ["0 of 1 requested, 1 of 6 offered, no Japanese or English: 0.6 × 5 + 0 + 0", ["kubernetes"], "ja", ["jupyter"], ["zh-CN"], 3],
    [
      "all requested, 2 of 6 offered, zh-CN match, console: 0.6 × (70 + 10) + 25 + 7.5",
      ["jupyter"],
      "zh-CN",
      ["jupyter", "web-console"],
      ["en", "zh-CN"],
      80.5,
    ],
    ["requested tool missing, no tools, no language (bottom of the scale)", ["slurm"], "ko", [], ["zh-CN"], 0],
    [
      "nothing requested, 3 of 6 offered incl. console and API, zh-HK match: 30 + 25 + 15",
      [],
      "zh-HK",
      ["jupyter", "web-console", "api"],
      ["zh-HK"],
      70,
    ],
  ] as const)("%s", (_, tools, supportLanguage, offerTools, languages, expected) => {
    const s = uxScore(
      makeOffer({ tools: [...offerTools], supportLanguages: [...languages] }),
      makeNeeds({ tools: [...tools], supportLanguage }),
    );
    expect(s.score).toBe(expected);
  });

  it.each([
    [["jupyter"], "en", ["jupyter"], ["en"], ["ux.tools-all", "ux.breadth", "ux.language-match"]],
    [["slurm"], "zh-HK", ["jupyter"], ["en"], ["ux.tools-missing", "ux.breadth", "ux.language-english"]],
    [[], "ja", [], ["zh-CN"], ["ux.breadth", "ux.language-none"]],
  ] as const)("reasons for tools %j / language %s", (tools, supportLanguage, offerTools, languages, codes) => {
    const s = uxScore(
      makeOffer({ tools: [...offerTools], supportLanguages: [...languages] }),
      makeNeeds({ tools: [...tools], supportLanguage }),
    );
    expect(s.reasons.map((r) => r.code)).toEqual(codes);
  });
});
