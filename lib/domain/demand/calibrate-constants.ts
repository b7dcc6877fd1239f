import { FAMILY_COUNT } from "./family-sums";

/**
 * The choice of one workload: the firm's own hardware / no rented compute (the outside
 * option, utility 0, weight e^0 = 1) or an offer of family f with weight e^{ASC_f} × S_wf,
 * where S_wf = Σ exp(λ·total) over the family's available offers (family-sums.ts).
 *
 *   P_w(f) = e^{ASC_f} S_wf / (1 + Σ_g e^{ASC_g} S_wg)          (g over the active families)
 *
 * A firm uses family f if any of its workloads chooses it, workloads choosing independently:
 *
 *   P(firm uses f) = 1 − Π_w (1 − P_w(f))
 *
 * `useRates` is the mean of that over firms, per family. Inactive families get 0.
 */
export type ChoiceInput = {
  sums: Float64Array;
  firmOf: Int32Array;
  firmCount: number;
  /** Which families are on the market (the 2023 market had no Hong Kong centre). */
  active: readonly boolean[];
};

export function useRates(input: ChoiceInput, asc: ArrayLike<number>): Float64Array {
  const { sums, firmOf, firmCount, active } = input;
  const nW = firmOf.length;
  const weight = new Float64Array(FAMILY_COUNT);
  for (let f = 0; f < FAMILY_COUNT; f++) weight[f] = active[f] ? Math.exp(asc[f]!) : 0;
  const rates = new Float64Array(FAMILY_COUNT);
  if (firmCount === 0) return rates;
  // A firm's workloads are contiguous (scorePopulation adds them firm by firm), so each firm's
  // Π(1 − P_w(f)) is built in `notUse` and added to the rates when the next firm starts.
  const notUse = new Float64Array(FAMILY_COUNT).fill(1);
  const scaled = new Float64Array(FAMILY_COUNT);
  let firm = nW > 0 ? firmOf[0]! : -1;
  const flush = () => {
    for (let f = 0; f < FAMILY_COUNT; f++) {
      rates[f] = rates[f]! + (1 - notUse[f]!);
      notUse[f] = 1;
    }
  };
  for (let w = 0; w < nW; w++) {
    const fi = firmOf[w]!;
    if (fi !== firm) {
      if (fi < firm) throw new Error("useRates: workloads must be grouped by firm in increasing order");
      flush();
      firm = fi;
    }
    const base = w * FAMILY_COUNT;
    let denom = 1;
    for (let f = 0; f < FAMILY_COUNT; f++) {
      const v = weight[f]! * sums[base + f]!;
      scaled[f] = v;
      denom += v;
    }
    const inv = 1 / denom;
    for (let f = 0; f < FAMILY_COUNT; f++) notUse[f] = notUse[f]! * (1 - scaled[f]! * inv);
  }
  if (nW > 0) flush();
  for (let f = 0; f < FAMILY_COUNT; f++) rates[f] = rates[f]! / firmCount;
  return rates;
}

export type Calibration = {
  /** Alternative-specific constants per family (index into FAMILIES); inactive families keep their start value. */
  asc: Float64Array;
  predicted: Float64Array;
  iterations: number;
  /** Every target met within `tolerance`. */
  converged: boolean;
  /** Families whose target cannot be reached because no workload may use them. */
  unreachable: number[];
};

/**
 * Calibrates the constants of the families in `targets` (family index → observed use rate,
 * 0–1) by the standard iteration ASC_f ← ASC_f + ln(observed_f / predicted_f) (Train 2009
 * §2.8), until every |predicted − observed| ≤ tolerance (default 0.0005, i.e. 0.05 pp; the
 * requirement is 1 pp).
 * Other families keep `start`.
 */
export function calibrateConstants(input: ChoiceInput, targets: ReadonlyMap<number, number>, opts: { start?: ArrayLike<number>; tolerance?: number; maxIterations?: number } = {}): Calibration {
  const tolerance = opts.tolerance ?? 5e-4;
  const maxIterations = opts.maxIterations ?? 500;
  const asc = Float64Array.from({ length: FAMILY_COUNT }, (_, f) => opts.start?.[f] ?? 0);
  let predicted = useRates(input, asc);
  const unreachable = [...targets.keys()].filter((f) => predicted[f] === 0 && (targets.get(f) ?? 0) > 0);
  let iterations = 0;
  const done = () => [...targets].every(([f, obs]) => unreachable.includes(f) || Math.abs(predicted[f]! - obs) <= tolerance);
  while (!done() && iterations < maxIterations) {
    for (const [f, obs] of targets) {
      if (unreachable.includes(f) || obs <= 0) continue;
      asc[f] = asc[f]! + Math.log(obs / predicted[f]!);
    }
    predicted = useRates(input, asc);
    iterations++;
  }
  return { asc, predicted, iterations, converged: unreachable.length === 0 && done(), unreachable };
}
