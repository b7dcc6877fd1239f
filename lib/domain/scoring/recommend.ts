import type { Accelerator, Family, Offer } from "@/lib/catalogue/offer-schema";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Needs } from "@/lib/needs/needs-schema";
import { estimateCost, type CostEstimate, type CostLine } from "../cost/estimate-cost";
import { isFiniteCost } from "../cost/finite-cost";
import { relativeThroughput } from "../cost/relative-throughput";
import { FACTORS, type Factor, type Weights } from "../weights/weight-presets";
import { approvalScore } from "./approval-score";
import { checkConstraints } from "./check-constraints";
import { figureAsOf, isStale } from "@/lib/catalogue/staleness";
import { round2, type FactorScore } from "./factor-score";
import { performanceScore } from "./performance-score";
import { priceScore } from "./price-score";
import { reason, type Reason } from "./reason";
import { securityScore } from "./security-score";
import { uxScore } from "./ux-score";


export type RankedOption = {
  offerId: string;
  provider: string;
  name: string;
  family: Family;
  location: Offer["location"];
  accelerator: { model: string; name: string; perNode: number; memoryGb: number };
  rank: number;
  /** Weighted total 0–100. */
  total: number;
  factors: Record<Factor, number>;
  factorDetails: Record<Factor, FactorScore>;
  costHKD: number;
  monthlyCostHKD: number;
  costBreakdown: CostLine[];
  cost: Omit<CostEstimate, "lines" | "notes">;
  timeToResultDays: number;
  timeToResult: { leadDays: number; queueDays: number; computeDays: number; concurrentAccelerators: number };
  reasons: Reason[];
  /** Offer figure paths this result leans on whose source is an estimate / third-party / stale. */
  flags: { estimated: string[]; thirdParty: string[]; stale: string[] };
};

export type ExcludedOption = {
  offerId: string;
  provider: string;
  name: string;
  family: Family;
  reasons: Reason[];
  /** Cost is given when the only reason is the budget, so the user sees by how much. */
  costHKD?: number;
};

export type ScoringMethod = "weighted-sum" | "topsis";

export type Recommendation = {
  /** How `total` was computed: fixed-scale weighted sum (default) or TOPSIS closeness × 100. */
  method: ScoringMethod;
  ranked: RankedOption[];
  excluded: ExcludedOption[];
  weights: Weights;
  catalogueVersion: string;
};

export type RecommendOptions = {
  /** Today's date, YYYY-MM-DD (the core reads no clock). */
  asOf: string;
};

// Catalogue-only work, done once per catalogue rather than per offer and request: the
// accelerator lookup (34 offers × a linear search showed in the API's CPU profile).
const acceleratorIndexes = new WeakMap<Catalogue, ReadonlyMap<string, Accelerator>>();

function accelerator(cat: Catalogue, id: string): Accelerator {
  let index = acceleratorIndexes.get(cat);
  if (!index) {
    index = new Map(cat.accelerators.map((a) => [a.id, a]));
    acceleratorIndexes.set(cat, index);
  }
  const a = index.get(id);
  if (!a) throw new Error(`unknown accelerator ${id}`);
  return a;
}

/** Which of the offer's figures (among `used`) rest on an estimate, a third-party page, or a stale source. */
export function figureFlags(offer: Offer, used: readonly string[], asOf: string): RankedOption["flags"] {
  const estimated = new Set<string>();
  const thirdParty = new Set<string>();
  const stale = new Set<string>();
  for (const s of offer.sources) {
    for (const c of s.covers) {
      if (!used.includes(c)) continue;
      if (s.basis === "estimate") estimated.add(c);
      if (s.basis === "third-party") thirdParty.add(c);
    }
  }
  // A figure is dated by its newest covering source: a newer confirmation supersedes an old one.
  for (const c of used) {
    const d = figureAsOf(offer.sources, c);
    if (d !== undefined && isStale(d, asOf)) stale.add(c);
  }
  return { estimated: [...estimated].sort(), thirdParty: [...thirdParty].sort(), stale: [...stale].sort() };
}

/** Deterministic order: total desc, then cost asc, then id asc. */
export function compareRanked(a: Pick<RankedOption, "total" | "costHKD" | "offerId">, b: Pick<RankedOption, "total" | "costHKD" | "offerId">): number {
  if (b.total !== a.total) return b.total - a.total;
  if (a.costHKD !== b.costHKD) return a.costHKD - b.costHKD;
  return a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0;
}

/**
 * Scores every offer in `cat` against `needs`:
 *  1. hard constraints (residency, sensitivity vs jurisdiction, accelerator, concurrency,
 *     multi-node, eligibility, lead time vs start date) — failures go to `excluded` with reasons;
 *  2. cost in HKD with a line-item breakdown; over-budget offers are excluded too;
 *  3. five factor scores on fixed scales (never relative to the other offers), so adding or
 *     removing an offer never reorders the rest;
 *  4. total = Σ weight × factor, ranked with a deterministic tie-break.
 * `weights` must already be normalised (sum 1).
 */
export function recommend(needs: Needs, weights: Weights, cat: Catalogue, opts: RecommendOptions): Recommendation {
  const cpu = needs.workload === "cpu-hpc";
  const refId = cpu ? cat.referenceCpuModel : cat.referenceModel;
  const ref = accelerator(cat, refId);
  const measuredOnAcc = cat.accelerators.find((a) => a.id === needs.hoursMeasuredOn);
  // CPU HPC hours are node-hours of the reference CPU node unless they name a CPU node.
  const measuredOn = measuredOnAcc && (measuredOnAcc.kind === "cpu-node") === cpu ? measuredOnAcc : ref;
  const measuredOnThroughput = relativeThroughput(measuredOn, ref, needs.workload);

  const ranked: RankedOption[] = [];
  const excluded: ExcludedOption[] = [];

  for (const offer of cat.offers) {
    const acc = accelerator(cat, offer.accelerator.model);
    const base = { offerId: offer.id, provider: offer.provider, name: offer.name, family: offer.family };
    const hard = checkConstraints(offer, acc, needs, opts.asOf);
    if (hard.length > 0) {
      excluded.push({ ...base, reasons: hard });
      continue;
    }
    const rel = relativeThroughput(acc, ref, needs.workload);
    const cost = estimateCost(offer, needs, { fx: cat.fx, subsidies: cat.subsidies, measuredOnThroughput, offerThroughput: rel, accelerator: acc });
    if (!isFiniteCost(cost)) {
      excluded.push({ ...base, reasons: [reason("exclude.cost-out-of-range", {})] });
      continue;
    }
    if (needs.budgetHkd !== null && !(cost.totalHkd <= needs.budgetHkd)) {
      excluded.push({ ...base, reasons: [reason("exclude.budget", { costHkd: Math.round(cost.totalHkd), budgetHkd: needs.budgetHkd })], costHKD: round2(cost.totalHkd) });
      continue;
    }
    const factorDetails: Record<Factor, FactorScore> = {
      price: priceScore(cost, cpu),
      security: securityScore(offer, needs.dataSensitivity),
      performance: performanceScore(offer, needs, rel),
      approval: approvalScore(offer),
      ux: uxScore(offer, needs),
    };
    const factors = Object.fromEntries(FACTORS.map((f) => [f, factorDetails[f].score])) as Record<Factor, number>;
    const total = round2(FACTORS.reduce((s, f) => s + weights[f] * factors[f], 0));

    const concurrent = Math.min(needs.peakGpus, offer.maxAccelerators);
    // A serving workload's "result" is going live: no batch compute time. Otherwise the whole
    // job's accelerator-hours at peak concurrency.
    const computeDays = needs.workload === "inference" ? 0 : cost.neededAcceleratorHours / (concurrent * 24);
    const timeToResultDays = offer.leadTimeDays + offer.queueWaitDays + computeDays;
    const used = [...new Set([...cost.lines.flatMap((l) => l.figures), "leadTimeDays", "applicationPath", "eligibility", "certifications", "tools", "interconnect", "queueWaitDays", "maxAccelerators"])];
    const { lines, notes, ...costRest } = cost;
    const reasons: Reason[] = [...notes];
    if (cost.override) reasons.push(reason(cost.override.kind === "quote" ? "cost.override-quote" : "cost.override-discount", cost.override.kind === "quote" ? { priceHkd: round2(cost.override.priceHkd) } : { pct: cost.override.discountPct }));
    if (cost.commitment) reasons.push(reason("cost.commitment", { name: cost.commitment.name, pct: cost.commitment.discountPct }));
    ranked.push({
      ...base,
      location: offer.location,
      accelerator: { model: acc.id, name: acc.name, perNode: offer.accelerator.perNode, memoryGb: acc.memoryGb },
      rank: 0,
      total,
      factors,
      factorDetails,
      costHKD: round2(cost.totalHkd),
      monthlyCostHKD: round2(cost.monthlyHkd),
      costBreakdown: lines.map((l) => ({ ...l, amountHkd: round2(l.amountHkd) })),
      cost: costRest,
      timeToResultDays: round2(timeToResultDays),
      timeToResult: { leadDays: offer.leadTimeDays, queueDays: offer.queueWaitDays, computeDays: round2(computeDays), concurrentAccelerators: concurrent },
      reasons,
      flags: figureFlags(offer, used, opts.asOf),
    });
  }
  ranked.sort(compareRanked);
  ranked.forEach((r, i) => {
    r.rank = i + 1;
  });
  excluded.sort((a, b) => (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0));
  return { method: "weighted-sum", ranked, excluded, weights, catalogueVersion: cat.version };
}
