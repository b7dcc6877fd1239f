import type { Needs } from "@/lib/needs/needs-schema";

/**
 * One firm of a demand population: its workloads (each a separate choice of offer, see
 * docs/demand-model.md §3) and the attributes the what-if needs. No names: a population
 * never carries who the firm is.
 */
export type Firm = {
  workloads: Needs[];
  /** Some of its funding comes from Hong Kong government schemes (subsidy eligibility group). */
  governmentFunded: boolean;
  profitable: boolean;
  /** Works in all three layers of the AI chain. */
  allLayers: boolean;
  /** Planned annual AI budget, HKD; null when unknown (imported firms). */
  budgetHkd: number | null;
};
