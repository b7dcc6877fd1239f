import { FAMILIES } from "@/lib/catalogue/catalogue-vocabulary";
import type { Family } from "@/lib/catalogue/offer-schema";
import { EXCLUDED } from "./batch-scorer";
import { calibrateConstants, useRates, type ChoiceInput } from "./calibrate-constants";
import { capacityCheck, HOURS_PER_YEAR, type CapacityCheck } from "./capacity";
import { CENTRE_FAMILY } from "./centre-scenario";
import { sweepCapturedCardHours } from "./centre-sweep";
import { FAMILY_COUNT, familySums } from "./family-sums";
import { expUtilityTable } from "./logit";
import type { ScoredPopulation } from "./score-population";

/** Study: share of the 216 Hong Kong AI firms using each kind of compute in 2023. */
export const OBSERVED_USE_2023 = { cloud: 0.71, "mainland-sc": 0.31, "overseas-sc": 0.26 } as const;
export type CalibratedFamily = keyof typeof OBSERVED_USE_2023;
export const CALIBRATED_FAMILIES = Object.keys(OBSERVED_USE_2023) as CalibratedFamily[];

/** Default scale λ per point of the engine's 0–100 total (docs/demand-model.md §3.3). */
export const DEFAULT_LAMBDA = 0.1;
/** λ values of the sensitivity chart. */
export const LAMBDA_GRID = [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3] as const;
/** Price points of the demand curve. */
export const CURVE_POINTS = 50;

/** 50 prices from max/50 to max, max = the larger of HK$100 and twice the scenario price, rounded up to HK$10. */
export function curvePrices(priceHkd: number, points = CURVE_POINTS): number[] {
  const max = Math.max(100, Math.ceil((2 * priceHkd) / 10) * 10);
  return Array.from({ length: points }, (_, i) => Math.round(((max * (i + 1)) / points) * 100) / 100);
}

/**
 * Capacities for the capacity chart: 21 points from 0 to 2.5 × the cards the demand needs
 * (at least 10), so the point where capacity stops binding sits inside the chart.
 */
export function capacityGrid(neededCards: number): number[] {
  // A round step (1, 2 or 5 × 10^k cards) so the axis reads 0, 20, 40, … rather than 0, 19, 38, …
  const raw = Math.max(10, 2.5 * neededCards) / 20;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((x) => x >= raw) ?? 10 * magnitude);
  return Array.from({ length: 21 }, (_, i) => Math.round(step * i));
}

export type DemandOptions = {
  /** λ per point of the total. */
  lambda: number;
  /** The centre's constant; null = the calibrated cloud constant (the default assumption). */
  centreConstant: number | null;
  /** Compute the captured-demand-against-λ chart (recalibrates once per λ). */
  lambdaSensitivity: boolean;
};

export type DemandResult = {
  firms: number;
  workloads: number;
  offers: number;
  lambda: number;
  calibration: {
    observed: Record<CalibratedFamily, number>;
    predicted: Record<CalibratedFamily, number>;
    constants: Record<Family, number>;
    centreConstantFromCloud: boolean;
    iterations: number;
    converged: boolean;
    unreachable: Family[];
  };
  captured: {
    gpuHoursPerYear: number;
    firmShare: number;
    revenueHkd: number;
    subsidyCostHkd: number;
    acceleratorsNeeded: number;
    effectiveGpuHoursPerYear: number;
  };
  capacity: CapacityCheck & { capacityAccelerators: number; targetUtilisation: number; hoursPerYear: number };
  /** Share of firms using each family, before and with the centre. */
  useRates: { family: Family; before: number; with: number }[];
  /** Where the captured demand comes from, in effective (reference-GPU) hours per year. */
  diversion: { from: Family | "outside"; effectiveGpuHoursPerYear: number }[];
  curve: { priceHkd: number; gpuHoursPerYear: number }[];
  capacityCurve: { capacityAccelerators: number; servedGpuHoursPerYear: number; unmetGpuHoursPerYear: number }[];
  lambdaCurve: { lambda: number; gpuHoursPerYear: number; converged: boolean }[];
};

const CENTRE = FAMILIES.indexOf(CENTRE_FAMILY);
const TARGETS = new Map(CALIBRATED_FAMILIES.map((f) => [FAMILIES.indexOf(f), OBSERVED_USE_2023[f]] as const));
const BEFORE_ACTIVE = FAMILIES.map((f) => f !== CENTRE_FAMILY);
const WITH_ACTIVE = FAMILIES.map(() => true);

export type FittedChoice = {
  sums: Float64Array;
  asc: Float64Array;
  restWeight: Float64Array;
  centreExp: Float64Array;
  cal: ReturnType<typeof calibrateConstants>;
  choice: ChoiceInput;
};

/**
 * Calibrates the constants on the market without the centre at scale λ, sets the centre's
 * constant (the cloud constant unless given), and returns per workload the weight of every
 * option but the centre (`restWeight`) and the centre's weight per total (`centreExp`).
 */
export function fitChoiceModel(s: ScoredPopulation, lambda: number, centreConstant: number | null, start?: Float64Array): FittedChoice {
  const table = expUtilityTable(lambda);
  const sums = familySums(s.totals, s.scorer.offerFamily, s.scorer.workloadCount, table);
  const choice: ChoiceInput = { sums, firmOf: s.firmOf, firmCount: s.firmCount, active: BEFORE_ACTIVE };
  const cal = calibrateConstants(choice, TARGETS, { start });
  const asc = Float64Array.from(cal.asc);
  asc[CENTRE] = centreConstant ?? asc[FAMILIES.indexOf("cloud")]!;
  const restWeight = new Float64Array(s.scorer.workloadCount);
  for (let w = 0; w < restWeight.length; w++) {
    let r = 1;
    for (let f = 0; f < FAMILY_COUNT; f++) if (f !== CENTRE) r += Math.exp(asc[f]!) * sums[w * FAMILY_COUNT + f]!;
    restWeight[w] = r;
  }
  const eC = Math.exp(asc[CENTRE]!);
  const centreExp = table.map((v) => v * eC);
  return { sums, asc, restWeight, centreExp, cal, choice };
}

/** Captured card-hours per year at the scenario price, from the exact totals. */
function capturedAtScenario(s: ScoredPopulation, f: FittedChoice) {
  const nO = s.scorer.offerCount;
  const nC = s.centreOffers.length;
  const price = s.centre.priceHkdPerCardHour;
  const p = s.prep;
  let cardHours = 0;
  let revenue = 0;
  let subsidy = 0;
  let effective = 0;
  const notUse = new Float64Array(s.firmCount).fill(1);
  const loss = new Float64Array(FAMILY_COUNT + 1);
  for (let w = 0; w < s.scorer.workloadCount; w++) {
    let centreWeight = 0;
    for (let k = 0; k < nC; k++) {
      const t = s.totals[w * nO + s.centreOffers[k]!]!;
      if (t !== EXCLUDED) centreWeight += f.centreExp[t]!;
    }
    if (centreWeight === 0) continue;
    const rest = f.restWeight[w]!;
    const denom = rest + centreWeight;
    const effYear = s.scorer.effectiveHoursPerYear(w);
    let pCentre = 0;
    for (let k = 0; k < nC; k++) {
      const t = s.totals[w * nO + s.centreOffers[k]!]!;
      if (t === EXCLUDED) continue;
      const pr = f.centreExp[t]! / denom;
      const i = w * nC + k;
      pCentre += pr;
      cardHours += pr * p.cardHoursPerYear[i]!;
      revenue += pr * (p.computeA[i]! * price + p.computeB[i]!) * p.perYear[w]!;
      subsidy += pr * (p.subsidyA[i]! * price + p.subsidyB[i]!) * p.perYear[w]!;
    }
    effective += pCentre * effYear;
    notUse[s.firmOf[w]!] = notUse[s.firmOf[w]!]! * (1 - pCentre);
    // Diversion: each family's share before (rest only) minus with the centre, times the hours.
    for (let fam = 0; fam < FAMILY_COUNT; fam++) {
      if (fam === CENTRE) continue;
      const v = Math.exp(f.asc[fam]!) * f.sums[w * FAMILY_COUNT + fam]!;
      loss[fam] = loss[fam]! + (v / rest - v / denom) * effYear;
    }
    loss[FAMILY_COUNT] = loss[FAMILY_COUNT]! + (1 / rest - 1 / denom) * effYear;
  }
  let using = 0;
  for (let i = 0; i < s.firmCount; i++) using += 1 - notUse[i]!;
  return { cardHours, revenue, subsidy, effective, firmShare: s.firmCount > 0 ? using / s.firmCount : 0, loss };
}

/**
 * The choice model on a scored population: calibrates the family constants to the study's
 * 2023 use rates on the market without the centre, adds the centre with its constant, and
 * reports captured demand, capacity, where the demand comes from, the demand curve (only
 * the centre's utility is recomputed per price), the capacity chart and, if asked, λ sensitivity.
 */
export function analyseDemand(
  s: ScoredPopulation,
  opts: DemandOptions,
  onProgress?: (stage: "calibrating" | "sweep" | "lambda", done: number, total: number) => void,
): DemandResult {
  onProgress?.("calibrating", 0, 1);
  const f = fitChoiceModel(s, opts.lambda, opts.centreConstant);
  const at = capturedAtScenario(s, f);
  const cap = capacityCheck(at.cardHours, s.centre.capacityAccelerators, s.centre.targetUtilisation);
  const prices = curvePrices(s.centre.priceHkdPerCardHour);
  onProgress?.("sweep", 0, 1);
  const curve = sweepCapturedCardHours(s.prep, s.scorer, s.pairs, f.restWeight, f.centreExp, prices);
  const before = useRates(f.choice, f.asc);
  const withCentre = useRates({ ...f.choice, active: WITH_ACTIVE }, f.asc);
  const lambdaCurve: DemandResult["lambdaCurve"] = [];
  if (opts.lambdaSensitivity) {
    // Each λ starts from the previous λ's constants (neighbouring λ have close constants: fewer rounds).
    let start: Float64Array = f.asc;
    LAMBDA_GRID.forEach((lambda, i) => {
      onProgress?.("lambda", i, LAMBDA_GRID.length);
      const g = fitChoiceModel(s, lambda, opts.centreConstant, start);
      start = g.cal.asc;
      lambdaCurve.push({ lambda, gpuHoursPerYear: capturedAtScenario(s, g).cardHours, converged: g.cal.converged });
    });
  }
  const byFamily = <T>(fn: (fam: CalibratedFamily, i: number) => T) =>
    Object.fromEntries(CALIBRATED_FAMILIES.map((fam) => [fam, fn(fam, FAMILIES.indexOf(fam))])) as Record<CalibratedFamily, T>;
  return {
    firms: s.firmCount,
    workloads: s.scorer.workloadCount,
    offers: s.scorer.offerCount,
    lambda: opts.lambda,
    calibration: {
      observed: { ...OBSERVED_USE_2023 },
      predicted: byFamily((_, i) => f.cal.predicted[i]!),
      constants: Object.fromEntries(FAMILIES.map((fam, i) => [fam, f.asc[i]!])) as Record<Family, number>,
      centreConstantFromCloud: opts.centreConstant === null,
      iterations: f.cal.iterations,
      converged: f.cal.converged,
      unreachable: f.cal.unreachable.map((i) => FAMILIES[i]!),
    },
    captured: {
      gpuHoursPerYear: at.cardHours,
      firmShare: at.firmShare,
      revenueHkd: at.revenue,
      subsidyCostHkd: at.subsidy,
      acceleratorsNeeded: cap.acceleratorsNeeded,
      effectiveGpuHoursPerYear: at.effective,
    },
    capacity: {
      ...cap,
      capacityAccelerators: s.centre.capacityAccelerators,
      targetUtilisation: s.centre.targetUtilisation,
      hoursPerYear: HOURS_PER_YEAR,
    },
    useRates: FAMILIES.map((family, i) => ({ family, before: family === CENTRE_FAMILY ? 0 : before[i]!, with: withCentre[i]! })),
    diversion: [
      ...FAMILIES.flatMap((fam, i) => (fam === CENTRE_FAMILY ? [] : [{ from: fam, effectiveGpuHoursPerYear: at.loss[i]! }])),
      { from: "outside" as const, effectiveGpuHoursPerYear: at.loss[FAMILY_COUNT]! },
    ],
    curve: prices.map((priceHkd, i) => ({ priceHkd, gpuHoursPerYear: curve[i]! })),
    capacityCurve: capacityGrid(cap.acceleratorsNeeded).map((c) => {
      const k = capacityCheck(at.cardHours, c, s.centre.targetUtilisation);
      return { capacityAccelerators: c, servedGpuHoursPerYear: k.servedCardHoursPerYear, unmetGpuHoursPerYear: k.unmetCardHoursPerYear };
    }),
    lambdaCurve,
  };
}
