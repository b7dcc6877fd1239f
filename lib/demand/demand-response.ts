import type { DemandResult } from "@/lib/domain/demand/analyse-demand";

/** The public answer of POST /api/demand (shares as fractions 0–1). */
export type DemandResponse = {
  /** The population the answer is for: firms and their workloads (rows). */
  population: { firms: number; workloads: number };
  calibration: { observed: DemandResult["calibration"]["observed"]; predicted: DemandResult["calibration"]["predicted"] };
  captured: { gpuHoursPerYear: number; firmShare: number; revenueHkd: number; subsidyCostHkd: number; acceleratorsNeeded: number };
  curve: { priceHkd: number; gpuHoursPerYear: number }[];
};

export function demandResponse(r: DemandResult): DemandResponse {
  const { gpuHoursPerYear, firmShare, revenueHkd, subsidyCostHkd, acceleratorsNeeded } = r.captured;
  return {
    population: { firms: r.firms, workloads: r.workloads },
    calibration: { observed: r.calibration.observed, predicted: r.calibration.predicted },
    captured: { gpuHoursPerYear, firmShare, revenueHkd, subsidyCostHkd, acceleratorsNeeded },
    curve: r.curve,
  };
}
