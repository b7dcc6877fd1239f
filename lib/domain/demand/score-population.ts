import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Needs } from "@/lib/needs/needs-schema";
import type { Weights } from "../factors";
import { createBatchScorer, type BatchScorer } from "./batch-scorer";
import { applyCentreScenario, CENTRE_FAMILY, CENTRE_SUBSIDY_ID, scenarioClaimFor, type CentreScenario } from "./centre-scenario";
import { compactPairs, prepareCentre, type CentrePrep, type SweepPairs } from "./centre-sweep";
import type { Firm } from "./firm";

/** A population scored against the catalogue with the centre set to a scenario. */
export type ScoredPopulation = {
  firmCount: number;
  /** Firm index of each workload. */
  firmOf: Int32Array;
  /** The firms' needs as given; the scenario's subsidy claims are `scorer`'s (see createBatchScorer). */
  workloads: Needs[];
  catalogue: Catalogue;
  centre: CentreScenario;
  scorer: BatchScorer;
  /** Totals × 100 per (workload, offer), EXCLUDED for excluded pairs. */
  totals: Uint16Array;
  /** Offer indices of the centre's offers. */
  centreOffers: number[];
  prep: CentrePrep;
  pairs: SweepPairs;
};

export type ScoreProgress = (stage: "scoring" | "preparing", done: number, total: number) => void;

/**
 * Scores every workload of every firm on every offer (the batch scorer, equal to recommend())
 * with the centre set to `centre`; eligible firms claim its subsidy (centre-scenario.ts), passed
 * to the scorer as a flag per workload rather than as copied needs.
 * The offers of every other family are untouched by the scenario, so their totals are the
 * market without the centre as well.
 */
export function scorePopulation(
  firms: readonly Firm[],
  baseCatalogue: Catalogue,
  centre: CentreScenario,
  weights: Weights,
  asOf: string,
  onProgress?: ScoreProgress,
): ScoredPopulation {
  const cat = applyCentreScenario(baseCatalogue, centre);
  const claims = scenarioClaimFor(centre, baseCatalogue);
  let count = 0;
  for (const firm of firms) count += firm.workloads.length;
  const workloads = new Array<Needs>(count);
  const firmOf = new Int32Array(count);
  const claimed = new Uint8Array(count);
  let w = 0;
  for (let i = 0; i < firms.length; i++) {
    const firm = firms[i]!;
    for (const n of firm.workloads) {
      firmOf[w] = i;
      claimed[w] = claims(n, firm) ? 1 : 0;
      workloads[w++] = n;
    }
  }
  const scorer = createBatchScorer(workloads, cat, weights, asOf, { schemeId: CENTRE_SUBSIDY_ID, claimed });
  const totals = scorer.scoreAll((done) => onProgress?.("scoring", done, workloads.length));
  const centreOffers = cat.offers.flatMap((o, i) => (o.family === CENTRE_FAMILY ? [i] : []));
  const prep = prepareCentre(
    scorer,
    centreOffers,
    (w) => workloads[w]!.durationMonths,
    (w) => workloads[w]!.budgetHkd,
  );
  onProgress?.("preparing", workloads.length, workloads.length);
  return {
    firmCount: firms.length,
    firmOf,
    workloads,
    catalogue: cat,
    centre,
    scorer,
    totals,
    centreOffers,
    prep,
    pairs: compactPairs(prep, scorer),
  };
}
