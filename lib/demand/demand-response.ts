import type { DemandResult } from "@/lib/domain/demand/analyse-demand";

/** The public answer of POST /api/demand (shares as fractions 0–1). */
export type DemandResponse = {
  calibration: { observed: DemandResult["calibration"]["observed"]; predicted: DemandResult["calibration"]["predicted"] };
  captured: { gpuHoursPerYear: number; firmShare: number; revenueHkd: number; subsidyCostHkd: number; acceleratorsNeeded: number };
  curve: { priceHkd: number; gpuHoursPerYear: number }[];
};

export function demandResponse(r: DemandResult): DemandResponse {
  const { gpuHoursPerYear, firmShare, revenueHkd, subsidyCostHkd, acceleratorsNeeded } = r.captured;
  return {
    calibration: { observed: r.calibration.observed, predicted: r.calibration.predicted },
    captured: { gpuHoursPerYear, firmShare, revenueHkd, subsidyCostHkd, acceleratorsNeeded },
    curve: r.curve,
  };
}
