import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalogue } from "@/lib/catalogue/catalogue";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { analyseDemand, capacityGrid, curvePrices, DEFAULT_LAMBDA } from "@/lib/domain/demand/analyse-demand";
import { defaultCentreScenario, type CentreScenario } from "@/lib/domain/demand/centre-scenario";
import { generatePopulation } from "@/lib/domain/demand/generate-population";
import { scorePopulation } from "@/lib/domain/demand/score-population";
import { TEST_AS_OF } from "@/tests/fixtures/builders";

const firms = generatePopulation(400, 3);
const base = defaultCentreScenario(catalogue);
const run = (
  centre: Partial<CentreScenario> = {},
  opts: { lambda?: number; centreConstant?: number | null; lambdaSensitivity?: boolean } = {},
) =>
  analyseDemand(scorePopulation(firms, catalogue, { ...base, ...centre }, DEFAULT_WEIGHTS, TEST_AS_OF), {
    lambda: opts.lambda ?? DEFAULT_LAMBDA,
    centreConstant: opts.centreConstant ?? null,
    lambdaSensitivity: opts.lambdaSensitivity ?? false,
  });

describe("analyseDemand", () => {
  const r = run({}, { lambdaSensitivity: true });

  it("calibrates use rates to the study's 71 / 31 / 26% within one percentage point", () => {
    expect(r.calibration.converged).toBe(true);
    expect(Math.abs(r.calibration.predicted.cloud - 0.71)).toBeLessThan(0.01);
    expect(Math.abs(r.calibration.predicted["mainland-sc"] - 0.31)).toBeLessThan(0.01);
    expect(Math.abs(r.calibration.predicted["overseas-sc"] - 0.26)).toBeLessThan(0.01);
    expect(r.calibration.constants["hk-sc"]).toBe(r.calibration.constants.cloud);
  });

  it("accounts for the captured demand: diversion sums to the centre's effective hours", () => {
    const diverted = r.diversion.reduce((s, d) => s + d.effectiveGpuHoursPerYear, 0);
    expect(diverted).toBeCloseTo(r.captured.effectiveGpuHoursPerYear, 0);
    for (const d of r.diversion) expect(d.effectiveGpuHoursPerYear).toBeGreaterThanOrEqual(0);
    expect(r.captured.gpuHoursPerYear).toBeGreaterThan(0);
    expect(r.captured.firmShare).toBeGreaterThan(0);
    expect(r.captured.firmShare).toBeLessThan(1);
  });

  it("subsidy cost is the subsidy share of eligible revenue: never above share × revenue", () => {
    expect(r.captured.subsidyCostHkd).toBeLessThanOrEqual(base.subsidyShare * r.captured.revenueHkd + 1e-6);
    expect(r.captured.subsidyCostHkd).toBeGreaterThan(0);
    expect(run({ subsidyShare: 0 }).captured.subsidyCostHkd).toBe(0);
  });

  it("the curve has 50 prices and its value at the scenario price equals the exact scoring (within 0.1%)", () => {
    expect(r.curve).toHaveLength(50);
    const price = r.curve[10]!.priceHkd;
    const exact = run({ priceHkdPerCardHour: price });
    expect(exact.captured.gpuHoursPerYear / r.curve[10]!.gpuHoursPerYear).toBeCloseTo(1, 3);
  });

  it("a higher λ makes demand more price-sensitive, and λ sensitivity has one point per λ", () => {
    expect(r.lambdaCurve.length).toBeGreaterThan(5);
    const low = run({}, { lambda: 0.04 });
    const high = run({}, { lambda: 0.25 });
    const slope = (x: typeof r) => x.curve[4]!.gpuHoursPerYear / x.curve[40]!.gpuHoursPerYear;
    expect(slope(high)).toBeGreaterThan(slope(low));
  });

  it("a higher centre constant captures more", () => {
    const c = r.calibration.constants.cloud;
    expect(run({}, { centreConstant: c + 1 }).captured.gpuHoursPerYear).toBeGreaterThan(r.captured.gpuHoursPerYear);
  });

  it("capacity binds when the centre is small, with unmet demand", () => {
    const small = run({ capacityAccelerators: 1 });
    expect(small.capacity.binds).toBe(true);
    expect(small.capacity.unmetCardHoursPerYear).toBeGreaterThan(0);
    expect(r.capacityCurve.length).toBe(21);
  });
});

describe("capacityGrid", () => {
  it.each([
    [149, 20],
    [3, 1],
    [40_000, 5000],
  ])("for %d cards needed steps by %d and reaches at least 2.5 × the need", (needed, step) => {
    const g = capacityGrid(needed);
    expect(g).toHaveLength(21);
    expect(g[1]).toBe(step);
    expect(g[20]!).toBeGreaterThanOrEqual(2.5 * needed);
    expect(new Set(g).size).toBe(21);
  });
});

describe("demand curve", () => {
  it("never rises with price, for any scenario", () => {
    fc.assert(
      fc.property(
        fc.record({
          subsidyShare: fc.double({ min: 0, max: 0.9, noNaN: true }),
          leadTimeDays: fc.integer({ min: 0, max: 180 }),
          priceHkdPerCardHour: fc.double({ min: 1, max: 120, noNaN: true }),
        }),
        fc.double({ min: 0.01, max: 0.4, noNaN: true }),
        (centre, lambda) => {
          const x = analyseDemand(scorePopulation(firms.slice(0, 120), catalogue, { ...base, ...centre }, DEFAULT_WEIGHTS, TEST_AS_OF), {
            lambda,
            centreConstant: null,
            lambdaSensitivity: false,
          });
          for (let i = 1; i < x.curve.length; i++)
            expect(x.curve[i]!.gpuHoursPerYear).toBeLessThanOrEqual(x.curve[i - 1]!.gpuHoursPerYear * (1 + 1e-12));
        },
      ),
      { numRuns: 15, seed: 4 },
    );
  });

  it("prices are increasing, at least 50, and reach twice the scenario price", () => {
    const p = curvePrices(80);
    expect(p.length).toBe(50);
    expect(p[49]).toBe(160);
    for (let i = 1; i < p.length; i++) expect(p[i]!).toBeGreaterThan(p[i - 1]!);
  });
});
