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
  // Fast path for workloads grouped by firm in increasing order (as scorePopulation adds them).
  const nW = firmOf.length;
  const weight = Float64Array.from({ length: FAMILY_COUNT }, (_, f) => (active[f] ? Math.exp(asc[f]!) : 0));
  const rates = new Float64Array(FAMILY_COUNT);
  if (firmCount === 0) return rates;
  // A firm's workloads are contiguous (scorePopulation adds them firm by firm), so each firm's
  // Π(1 − P_w(f)) is built in locals and added to the rates when the next firm starts. The four
  // families are unrolled (FAMILY_COUNT is 4: cloud, mainland-sc, overseas-sc, hk-sc).
  if (FAMILY_COUNT !== 4) throw new Error("useRates is unrolled for four families");
  let n0 = 1;
  let n1 = 1;
  let n2 = 1;
  let n3 = 1;
  // Adds the finished firm's 1 − Π(1 − P_w(f)) to the rates.
  const addFirm = () => {
    rates[0] = rates[0]! + (1 - n0);
    rates[1] = rates[1]! + (1 - n1);
    rates[2] = rates[2]! + (1 - n2);
    rates[3] = rates[3]! + (1 - n3);
  };
  let firm = nW > 0 ? firmOf[0]! : -1;
  for (let w = 0; w < nW; w++) {
    const fi = firmOf[w]!;
    if (fi !== firm) {
      // A firm seen before: the input is not grouped by firm; the general form handles any order.
      if (fi < firm) return useRatesAnyOrder(input, weight);
      addFirm();
      n0 = n1 = n2 = n3 = 1;
      firm = fi;
    }
    const b = w * 4;
    const v0 = weight[0]! * sums[b]!;
    const v1 = weight[1]! * sums[b + 1]!;
    const v2 = weight[2]! * sums[b + 2]!;
    const v3 = weight[3]! * sums[b + 3]!;
    const inv = 1 / (1 + v0 + v1 + v2 + v3);
    n0 *= 1 - v0 * inv;
    n1 *= 1 - v1 * inv;
    n2 *= 1 - v2 * inv;
    n3 *= 1 - v3 * inv;
  }
  if (nW > 0) addFirm();
  for (let f = 0; f < FAMILY_COUNT; f++) rates[f] = rates[f]! / firmCount;
  return rates;
}

/**
 * useRates for workloads in any order: Π_w (1 − P_w(f)) per firm and family in one typed array
 * (firm-major). The same arithmetic as the grouped fast path, per workload and family.
 */
function useRatesAnyOrder(input: ChoiceInput, weight: Float64Array): Float64Array {
  const { sums, firmOf, firmCount } = input;
  const F = FAMILY_COUNT;
  const notUse = new Float64Array(firmCount * F).fill(1);
  const v = new Float64Array(F);
  for (let w = 0; w < firmOf.length; w++) {
    let denom = 1;
    for (let f = 0; f < F; f++) {
      v[f] = weight[f]! * sums[w * F + f]!;
      denom += v[f]!;
    }
    const inv = 1 / denom;
    const at = firmOf[w]! * F;
    for (let f = 0; f < F; f++) notUse[at + f] = notUse[at + f]! * (1 - v[f]! * inv);
  }
  const rates = new Float64Array(F);
  for (let i = 0; i < notUse.length; i++) rates[i % F] = rates[i % F]! + (1 - notUse[i]!);
  for (let f = 0; f < F; f++) rates[f] = rates[f]! / firmCount;
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
export function calibrateConstants(
  input: ChoiceInput,
  targets: ReadonlyMap<number, number>,
  opts: { start?: ArrayLike<number>; tolerance?: number; maxIterations?: number } = {},
): Calibration {
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
