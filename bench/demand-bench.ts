import { resolve } from "node:path";
import { parseCatalogue } from "@/lib/catalogue/parse-catalogue";
import { readCatalogueFiles } from "@/lib/catalogue/read-catalogue-files";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { curvePrices, DEFAULT_LAMBDA, fitChoiceModel } from "@/lib/domain/demand/analyse-demand";
import { defaultCentreScenario } from "@/lib/domain/demand/centre-scenario";
import { sweepCapturedCardHours } from "@/lib/domain/demand/centre-sweep";
import { generatePopulation } from "@/lib/domain/demand/generate-population";
import { scorePopulation } from "@/lib/domain/demand/score-population";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * 100,000 synthetic firms (about 217,000 workloads) × the whole catalogue × 50 centre prices.
 * scoringSeconds: the batch scorer over every (workload, offer) pair plus the centre's
 * per-pair precomputation; sweepSeconds: the 50-price demand curve (only the centre's utility
 * recomputed); seconds: scoring + calibration + sweep. Median of 3 passes after a warm-up;
 * generating the population is not timed.
 */
export function benchDemandSweep(firms = 100_000) {
  const catalogue = parseCatalogue(readCatalogueFiles(resolve("data")));
  const population = generatePopulation(firms, 20261203);
  const centre = defaultCentreScenario(catalogue);
  const prices = curvePrices(centre.priceHkdPerCardHour);
  const pass = () => {
    const t0 = performance.now();
    const scored = scorePopulation(population, catalogue, centre, DEFAULT_WEIGHTS, "2026-12-03");
    const t1 = performance.now();
    const fitted = fitChoiceModel(scored, DEFAULT_LAMBDA, null);
    const t2 = performance.now();
    const curve = sweepCapturedCardHours(scored.prep, scored.scorer, scored.pairs, fitted.restWeight, fitted.centreExp, prices);
    const t3 = performance.now();
    return {
      scoring: (t1 - t0) / 1000,
      calibration: (t2 - t1) / 1000,
      sweep: (t3 - t2) / 1000,
      total: (t3 - t0) / 1000,
      workloads: scored.scorer.workloadCount,
      captured: curve[0]!,
    };
  };
  pass();
  const runs = [pass(), pass(), pass()];
  console.error(
    `demand-sweep: ${runs[0]!.workloads} workloads; calibration ${median(runs.map((r) => r.calibration)).toFixed(3)} s (median)`,
  );
  return {
    name: "demand-sweep",
    firms,
    offers: catalogue.offers.length,
    pricePoints: prices.length,
    seconds: median(runs.map((r) => r.total)),
    scoringSeconds: median(runs.map((r) => r.scoring)),
    sweepSeconds: median(runs.map((r) => r.sweep)),
  };
}
