import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { demandResponse } from "@/lib/demand/demand-response";
import { analyseDemand, DEFAULT_LAMBDA } from "@/lib/domain/demand/analyse-demand";
import { defaultCentreScenario } from "@/lib/domain/demand/centre-scenario";
import { generatePopulation } from "@/lib/domain/demand/generate-population";
import { scorePopulation } from "@/lib/domain/demand/score-population";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { TEST_AS_OF } from "@/tests/fixtures/builders";

/*
 * The public body of POST /api/demand (README: `{ calibration: { observed, predicted },
 * captured: { gpuHoursPerYear, firmShare, revenueHkd, subsidyCostHkd, acceleratorsNeeded },
 * curve: [{ priceHkd, gpuHoursPerYear }] }`): exactly those fields of the analysis, none of
 * the model's internals.
 */
const result = analyseDemand(
  scorePopulation(generatePopulation(300, 11), catalogue, defaultCentreScenario(catalogue), DEFAULT_WEIGHTS, TEST_AS_OF),
  {
    lambda: DEFAULT_LAMBDA,
    centreConstant: null,
    lambdaSensitivity: false,
  },
);
const body = JSON.parse(JSON.stringify(demandResponse(result))) as Record<string, unknown>;

describe("demandResponse", () => {
  it("has exactly the documented fields", () => {
    expect(Object.keys(body).sort()).toEqual(["calibration", "captured", "curve"]);
    expect(Object.keys(body.calibration as object).sort()).toEqual(["observed", "predicted"]);
    expect(Object.keys(body.captured as object).sort()).toEqual([
      "acceleratorsNeeded",
      "firmShare",
      "gpuHoursPerYear",
      "revenueHkd",
      "subsidyCostHkd",
    ]);
    for (const point of body.curve as object[]) expect(Object.keys(point).sort()).toEqual(["gpuHoursPerYear", "priceHkd"]);
  });

  it("carries the analysis' figures unchanged", () => {
    const { effectiveGpuHoursPerYear: _internal, ...captured } = result.captured;
    expect(body.captured).toEqual(captured);
    expect(body.calibration).toEqual({ observed: result.calibration.observed, predicted: result.calibration.predicted });
    expect(body.curve).toEqual(result.curve);
  });

  it("keeps shares as fractions 0–1 and figures finite", () => {
    const captured = body.captured as Record<string, number>;
    expect(captured.firmShare).toBeGreaterThan(0);
    expect(captured.firmShare).toBeLessThanOrEqual(1);
    for (const v of Object.values(captured)) expect(Number.isFinite(v)).toBe(true);
    const { observed, predicted } = body.calibration as { observed: Record<string, number>; predicted: Record<string, number> };
    for (const share of [...Object.values(observed), ...Object.values(predicted)]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
    expect(Object.keys(predicted).sort()).toEqual(Object.keys(observed).sort());
  });

  it("leaves out the model's internals (fitted constants, capacity, diversion, use rates, population size)", () => {
    const text = JSON.stringify(body);
    for (const internal of [
      "constants",
      "iterations",
      "converged",
      "effectiveGpuHoursPerYear",
      "capacityCurve",
      "diversion",
      "useRates",
      "lambdaCurve",
      "workloads",
      "firms",
    ]) {
      expect(text).not.toContain(`"${internal}"`);
    }
  });
});
