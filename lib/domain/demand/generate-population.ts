import { TOOLS } from "@/lib/catalogue/catalogue-vocabulary";
import type { Tool } from "@/lib/catalogue/offer-schema";
import type { Needs, Workload } from "@/lib/needs/needs-schema";
import { NEEDS_DEFAULTS } from "@/lib/needs/needs-schema";
import { createSeededRandom, type RandomSource } from "@/lib/domain/random/seeded-random";
import type { Firm } from "./firm";
import {
  ALL_LAYERS_SHARE,
  BUDGET_BRACKETS,
  BUDGET_MEAN_HKD,
  COMPUTE_SHARE_OF_BUDGET,
  DUTY_CYCLE,
  GOVERNMENT_FUNDED_SHARE,
  LANGUAGE_MIX,
  MAX_PEAK_GPUS,
  ORGANISATION_SHARES,
  OVERSEAS_ENTITY_MIX,
  PLAN_MONTHS,
  PLANNING_PRICE_HKD_PER_GPU_HOUR,
  PROFITABLE_SHARE,
  RESIDENCY_MIX,
  SENSITIVITY_MIX,
  TOOL_SHARES,
  WORKLOAD_MIX,
  WORKLOADS_ALL_LAYERS,
  WORKLOADS_OTHER,
} from "./population-mix";

const HOURS_IN_MONTH = 730;

/** One of `items`, drawn with probability proportional to `share(item)` (in the order given). */
function pickBy<T>(rnd: RandomSource, items: readonly T[], share: (item: T) => number): T {
  const total = items.reduce((s, m) => s + share(m), 0);
  let u = rnd() * total;
  for (const m of items) {
    u -= share(m);
    if (u < 0) return m;
  }
  return items[items.length - 1]!;
}

/** A value of a mix (value → share, population-mix.ts), drawn by its share. */
function pickShare<T extends string>(rnd: RandomSource, mix: Readonly<Record<T, number>>): T {
  return pickBy(rnd, Object.keys(mix) as T[], (k) => mix[k]);
}

/** Mean of a log-uniform distribution on [a, b] (HKD). */
export function logUniformMean(a: number, b: number): number {
  return b === a ? a : (b - a) / Math.log(b / a);
}

/**
 * The top budget bracket's ceiling (HKD) that makes the mix's mean equal the study's mean
 * (HK$1.22M), by bisection: the mean rises with the ceiling.
 */
export function topBracketCeilingHkd(): number {
  const answered = BUDGET_BRACKETS.reduce((s, b) => s + b.share, 0);
  const top = BUDGET_BRACKETS[BUDGET_BRACKETS.length - 1]!;
  const rest = BUDGET_BRACKETS.slice(0, -1).reduce((s, b) => s + b.share * logUniformMean(b.minHkd, b.maxHkd as number), 0);
  const meanWith = (ceil: number) => (rest + top.share * logUniformMean(top.minHkd, ceil)) / answered;
  let lo = top.minHkd * 1.0001;
  let hi = top.minHkd * 1000;
  for (let i = 0; i < 200; i++) {
    const mid = Math.sqrt(lo * hi);
    if (meanWith(mid) < BUDGET_MEAN_HKD) lo = mid;
    else hi = mid;
  }
  return Math.round((lo + hi) / 2);
}

const TOP_CEILING_HKD = topBracketCeilingHkd();

/** A planned AI budget (HKD/year): bracket by the study's shares, log-uniform inside it. */
export function drawBudgetHkd(rnd: RandomSource): number {
  const bracket = pickBy(rnd, BUDGET_BRACKETS, (b) => b.share);
  const max = bracket.maxHkd ?? TOP_CEILING_HKD;
  return Math.exp(Math.log(bracket.minHkd) + rnd() * Math.log(max / bracket.minHkd));
}

function powerOfTwoAtLeast(x: number): number {
  let p = 1;
  while (p < x && p < MAX_PEAK_GPUS) p *= 2;
  return p;
}

function workloadNeeds(
  rnd: RandomSource,
  workload: Workload,
  gpuHoursPerMonth: number,
  firm: { profitable: boolean; org: Needs["organisation"] },
): Needs {
  const peakGpus = powerOfTwoAtLeast(gpuHoursPerMonth / (HOURS_IN_MONTH * DUTY_CYCLE[workload]));
  const training = workload !== "inference";
  const tools: Tool[] = TOOLS.filter((t) => rnd() < TOOL_SHARES[t]);
  // Datasets and checkpoints: 0.5–20 TB for training, 0.1–2 TB of models and logs for serving (assumption).
  const storageTb =
    Math.round(10 * (training ? Math.exp(Math.log(0.5) + rnd() * Math.log(40)) : Math.exp(Math.log(0.1) + rnd() * Math.log(20)))) / 10;
  return {
    workload,
    accelerator: { ...NEEDS_DEFAULTS.accelerator },
    gpuHoursPerMonth,
    durationMonths: PLAN_MONTHS,
    hoursMeasuredOn: NEEDS_DEFAULTS.hoursMeasuredOn,
    peakGpus,
    multiNode: training && peakGpus > 8,
    storageTb,
    egressTbPerMonth: 0,
    dataSensitivity: pickShare(rnd, SENSITIVITY_MIX),
    residency: pickShare(rnd, RESIDENCY_MIX),
    // Where mainland-origin data comes from is not modelled (docs/demand-model.md §2): null = not stated.
    mainlandDataOrigin: null,
    organisation: { ...firm.org, overseasEntities: [...firm.org.overseasEntities], memberOf: [...firm.org.memberOf] },
    budgetHkd: null,
    startBy: null,
    tools,
    supportLanguage: pickShare(rnd, LANGUAGE_MIX),
    priceOverrides: [],
    subsidies: [],
    subsidyShares: {},
    allowCommitment: firm.profitable,
  };
}

/**
 * A synthetic population of `firms` Hong Kong AI firms, reproducible from `seed` (same seed →
 * same firms on every platform). The mix is in population-mix.ts and docs/demand-model.md §2.
 * Each firm's planned annual AI budget × the compute share, at the planning price, gives its
 * GPU-hours per month, split over its two or three workloads with random weights.
 */
export function generatePopulation(firms: number, seed: number): Firm[] {
  const rnd = createSeededRandom(seed);
  const out: Firm[] = [];
  for (let i = 0; i < firms; i++) {
    const allLayers = rnd() < ALL_LAYERS_SHARE;
    const governmentFunded = rnd() < GOVERNMENT_FUNDED_SHARE;
    const profitable = rnd() < PROFITABLE_SHARE;
    const budgetHkd = drawBudgetHkd(rnd);
    const mainlandEntity = rnd() < ORGANISATION_SHARES.mainlandEntity;
    const university = rnd() < ORGANISATION_SHARES.university;
    const abroad = rnd() < ORGANISATION_SHARES.hostCountryPartner;
    const org: Needs["organisation"] = {
      hkRegistered: true,
      mainlandEntity,
      university,
      hostCountryPartner: abroad,
      // A firm with an entity abroad has it in one country (population-mix.ts); named university memberships are not drawn.
      overseasEntities: abroad ? [pickShare(rnd, OVERSEAS_ENTITY_MIX)] : [],
      memberOf: [],
    };
    const n = allLayers ? WORKLOADS_ALL_LAYERS : WORKLOADS_OTHER;
    const splits = Array.from({ length: n }, () => 0.5 + rnd());
    const splitTotal = splits.reduce((s, x) => s + x, 0);
    const monthlyHours = (budgetHkd * COMPUTE_SHARE_OF_BUDGET) / PLANNING_PRICE_HKD_PER_GPU_HOUR / PLAN_MONTHS;
    const workloads = splits.map((w) => {
      const kind = pickShare(rnd, WORKLOAD_MIX);
      const hours = Math.max(1, Math.round((monthlyHours * w) / splitTotal));
      return workloadNeeds(rnd, kind, hours, { profitable, org });
    });
    out.push({ workloads, governmentFunded, profitable, allLayers, budgetHkd: Math.round(budgetHkd) });
  }
  return out;
}
