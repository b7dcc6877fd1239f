import { FAMILIES } from "@/lib/catalogue/catalogue-vocabulary";
import { EXCLUDED } from "./batch-scorer";

export const FAMILY_COUNT = FAMILIES.length;

/**
 * Σ exp(λ × total) over each workload's available offers of each family, without the family
 * constant: sums[w × FAMILY_COUNT + f]. A family's constant multiplies its whole sum, so
 * calibration and the what-if never revisit single offers. `expTable` from expUtilityTable.
 */
export function familySums(totals: Uint16Array, offerFamily: Uint8Array, workloadCount: number, expTable: Float64Array): Float64Array {
  const nO = offerFamily.length;
  const out = new Float64Array(workloadCount * FAMILY_COUNT);
  for (let w = 0; w < workloadCount; w++) {
    const row = w * nO;
    const base = w * FAMILY_COUNT;
    for (let o = 0; o < nO; o++) {
      const t = totals[row + o]!;
      if (t !== EXCLUDED) {
        const i = base + offerFamily[o]!;
        out[i] = out[i]! + expTable[t]!;
      }
    }
  }
  return out;
}
