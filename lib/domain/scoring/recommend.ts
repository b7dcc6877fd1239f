import type { Accelerator, Family, Offer, RangePath } from "@/lib/catalogue/offer-schema";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import { regionOf, type Region } from "@/lib/catalogue/region";
import { figureAsOf, isStale } from "@/lib/catalogue/staleness";
import type { Needs } from "@/lib/needs/needs-schema";
import { addDays } from "../calendar";
import { estimateCost, type CostEstimate, type CostLine } from "../cost/estimate-cost";
import { isFiniteCost } from "../cost/finite-cost";
import { providerLookup, type ProviderOf } from "../cost/price-override";
import { relativeThroughput } from "../cost/relative-throughput";
import { dataTransferWarnings, type OptionWarning } from "../data-transfer";
import { reason, type Reason } from "../reason";
import { offerAtRangeEnd, rangedPaths } from "../uncertainty/offer-at-range-end";
import { FACTORS, type Factor, type Weights } from "@/lib/domain/factors";
import { approvalScore } from "./approval-score";
import { checkConstraints, effectiveLeadTime, failureReason } from "./check-constraints";
import { round2, type FactorScore } from "./factor-score";
import { performanceScore } from "./performance-score";
import { priceScore } from "./price-score";
import { allPassed, type RuleCheck } from "./rule-check";
import type { ScoringMethod } from "./scoring-method";
import { securityScore } from "./security-score";
import { uxScore } from "./ux-score";

/** One figure's date and staleness, judged against the `referenceDate` passed to `recommend()`. */
export type FigureFreshness = { path: string; asOf: string; stale: boolean };

/** How much one ranged figure moves this option's cost and total when it alone goes from its favourable to its unfavourable end. */
export type RangeDriver = { path: RangePath; costLowHkd: number; costHighHkd: number; totalHigh: number; totalLow: number };

/** An option's factor scores and cost at one end of its ranges. */
export type RangeEnd = { factors: Record<Factor, number>; costHkd: number };

export type RankedOption = {
  offerId: string;
  provider: string;
  name: string;
  family: Family;
  region: Region;
  location: Offer["location"];
  accelerator: { model: string; name: string; perNode: number; memoryGb: number };
  rank: number;
  /** Weighted total 0–100. */
  total: number;
  factors: Record<Factor, number>;
  factorDetails: Record<Factor, FactorScore>;
  costHkd: number;
  monthlyCostHkd: number;
  /**
   * Total cost with every ranged (estimated) figure of this offer at its favourable end (low)
   * and at its unfavourable end (high). Equal to costHkd when the offer has no ranges.
   */
  costRangeHkd: { low: number; high: number };
  /**
   * Deterministic rank bounds (docs/method.md §3): `best` = rank with this offer's ranged
   * figures at their favourable end and every other ranked offer's at their unfavourable end;
   * `worst` = the reverse. best ≤ rank ≤ worst.
   */
  rankRange: { best: number; worst: number };
  /** The ranged figures, largest cost spread first (the first one "drives" the range). Empty without ranges. */
  rangeDrivers: RangeDriver[];
  /** Factor scores and cost with every ranged figure at its favourable / unfavourable end (the rank range's inputs). */
  rangeEnds: { favourable: RangeEnd; unfavourable: RangeEnd };
  costBreakdown: CostLine[];
  cost: Omit<CostEstimate, "lines" | "notes">;
  timeToResultDays: number;
  timeToResult: { leadDays: number; queueDays: number; computeDays: number; concurrentAccelerators: number };
  /** Every hard rule, all passed (the budget rule only when a budget is set). */
  ruleChecks: RuleCheck[];
  reasons: Reason[];
  warnings: OptionWarning[];
  /** Dates and staleness of the figures this result uses, against the reference date. */
  freshness: FigureFreshness[];
  /** Offer figure paths this result leans on whose source is an estimate / third-party / stale. */
  flags: { estimated: string[]; thirdParty: string[]; stale: string[] };
};

export type ExcludedOption = {
  offerId: string;
  provider: string;
  name: string;
  family: Family;
  region: Region;
  /** Every hard rule checked, at least one failed. */
  ruleChecks: RuleCheck[];
  /** The failed checks as reasons (message key + params). */
  reasons: Reason[];
  /** Cost is given when the only failed rule is the budget, so the user sees by how much. */
  costHkd?: number;
};

export type Recommendation = {
  /** How `total` was computed: fixed-scale weighted sum (default) or TOPSIS closeness × 100. */
  method: ScoringMethod;
  ranked: RankedOption[];
  excluded: ExcludedOption[];
  weights: Weights;
  catalogueVersion: string;
  /** The reference date the result was computed against (freshness, lead-time rule, scheme end dates). */
  referenceDate: string;
};

export type RecommendOptions = {
  /**
   * The reference date, YYYY-MM-DD: "today" for the caller (the core reads no clock). Lead
   * times count from it, `startBy` is compared with it, scheme end dates are measured from it
   * and every figure's staleness is judged against it. The API passes today's Hong Kong date.
   */
  referenceDate: string;
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

type RangeVariants = {
  favourable: Offer;
  unfavourable: Offer;
  /** Per ranged path, the offer with only that figure at each end (range drivers). */
  paths: { path: RangePath; favourable: Offer; unfavourable: Offer }[];
};
// The offer at its range ends depends only on the catalogue: built once per offer, not per request.
const rangeVariantsOf = new WeakMap<Offer, RangeVariants>();

function rangeVariants(offer: Offer): RangeVariants {
  let v = rangeVariantsOf.get(offer);
  if (!v) {
    v = {
      favourable: offerAtRangeEnd(offer, "favourable"),
      unfavourable: offerAtRangeEnd(offer, "unfavourable"),
      paths: rangedPaths(offer).map((path) => ({
        path,
        favourable: offerAtRangeEnd(offer, "favourable", path),
        unfavourable: offerAtRangeEnd(offer, "unfavourable", path),
      })),
    };
    rangeVariantsOf.set(offer, v);
  }
  return v;
}

/** Freshness of each of `used` figures the offer's sources cover: dated by the newest covering source. */
export function figureFreshness(offer: Offer, used: readonly string[], referenceDate: string): FigureFreshness[] {
  const out: FigureFreshness[] = [];
  for (const path of [...used].sort()) {
    const asOf = figureAsOf(offer.sources, path);
    if (asOf !== undefined) out.push({ path, asOf, stale: isStale(asOf, referenceDate) });
  }
  return out;
}

/**
 * Which of the offer's figures (among `used`) rest on an estimate, a third-party page, or a
 * stale source. `freshness`: figureFreshness(offer, used, referenceDate) when the caller has
 * it already (recommend() does), so it is not computed twice.
 */
export function figureFlags(
  offer: Offer,
  used: readonly string[],
  referenceDate: string,
  freshness: readonly FigureFreshness[] = figureFreshness(offer, used, referenceDate),
): RankedOption["flags"] {
  const estimated = new Set<string>();
  const thirdParty = new Set<string>();
  for (const s of offer.sources) {
    for (const c of s.covers) {
      if (!used.includes(c)) continue;
      if (s.basis === "estimate") estimated.add(c);
      if (s.basis === "third-party") thirdParty.add(c);
    }
  }
  const stale = freshness.filter((f) => f.stale).map((f) => f.path);
  return { estimated: [...estimated].sort(), thirdParty: [...thirdParty].sort(), stale };
}

/** Deterministic order: total desc, then cost asc, then id asc. */
export function compareRanked(
  a: Pick<RankedOption, "total" | "costHkd" | "offerId">,
  b: Pick<RankedOption, "total" | "costHkd" | "offerId">,
): number {
  if (b.total !== a.total) return b.total - a.total;
  if (a.costHkd !== b.costHkd) return a.costHkd - b.costHkd;
  return a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0;
}

type Scored = {
  cost: CostEstimate;
  factorDetails: Record<Factor, FactorScore>;
  factors: Record<Factor, number>;
  total: number;
  leadTimeDays: number;
};

type Context = {
  needs: Needs;
  weights: Weights;
  cat: Catalogue;
  referenceDate: string;
  ref: Accelerator;
  measuredOnThroughput: number;
  providerOf: ProviderOf;
};

/** Cost and factor scores of one (feasible) offer. */
function scoreOffer(offer: Offer, acc: Accelerator, c: Context): Scored {
  const { needs } = c;
  const rel = relativeThroughput(acc, c.ref, needs.workload);
  const lead = effectiveLeadTime(offer, needs);
  const cost = estimateCost(offer, needs, {
    fx: c.cat.fx,
    subsidies: c.cat.subsidies,
    measuredOnThroughput: c.measuredOnThroughput,
    offerThroughput: rel,
    accelerator: acc,
    projectStart: addDays(c.referenceDate, lead.leadTimeDays),
    providerOf: c.providerOf,
  });
  const factorDetails: Record<Factor, FactorScore> = {
    price: priceScore(cost, needs.workload === "cpu-hpc"),
    security: securityScore(offer, needs.dataSensitivity, needs.mainlandDataOrigin),
    performance: performanceScore(offer, needs, rel),
    approval: approvalScore(offer, lead.exportFilingDays),
    ux: uxScore(offer, needs),
  };
  const factors: Record<Factor, number> = {
    price: factorDetails.price.score,
    security: factorDetails.security.score,
    performance: factorDetails.performance.score,
    approval: factorDetails.approval.score,
    ux: factorDetails.ux.score,
  };
  let weighted = 0;
  for (const f of FACTORS) weighted += c.weights[f] * factors[f];
  const total = round2(weighted);
  return { cost, factorDetails, factors, total, leadTimeDays: lead.leadTimeDays };
}

/** The reasons of the failed checks, in check order. */
function failureReasons(checks: readonly RuleCheck[]): Reason[] {
  const reasons: Reason[] = [];
  for (const check of checks) {
    const r = failureReason(check);
    if (r !== null) reasons.push(r);
  }
  return reasons;
}

/**
 * An excluded option, written field by field: an object spread (`{ ...base, ruleChecks }`)
 * here cost a third of recommend()'s time for a typical request (most offers are excluded),
 * in the API's CPU profile.
 */
function excludedOption(offer: Offer, region: Region, ruleChecks: RuleCheck[], reasons: Reason[], costHkd?: number): ExcludedOption {
  const option: ExcludedOption = { offerId: offer.id, provider: offer.provider, name: offer.name, family: offer.family, region, ruleChecks, reasons };
  if (costHkd !== undefined) option.costHkd = costHkd;
  return option;
}

const asRankable = (offerId: string, s: Scored) => ({ offerId, total: s.total, costHkd: round2(s.cost.totalHkd) });

/**
 * Scores every offer in `cat` against `needs`:
 *  1. every hard rule (rule-check.ts) for every offer; an offer with a failed rule goes to
 *     `excluded` with all of its checks;
 *  2. cost in HKD as structured line items; over-budget offers are excluded too;
 *  3. five factor scores on fixed scales (never relative to the other offers), so adding or
 *     removing an offer never reorders the rest;
 *  4. total = Σ weight × factor, ranked with a deterministic tie-break;
 *  5. per ranked offer, the cost range and rank range from its estimated figures' ranges.
 * `weights` must already be normalised (sum 1).
 */
export function recommend(needs: Needs, weights: Weights, cat: Catalogue, opts: RecommendOptions): Recommendation {
  const cpu = needs.workload === "cpu-hpc";
  const ref = accelerator(cat, cpu ? cat.referenceCpuModel : cat.referenceModel);
  const measuredOnAcc = cat.accelerators.find((a) => a.id === needs.hoursMeasuredOn);
  // CPU HPC hours are node-hours of the reference CPU node unless they name a CPU node.
  const measuredOn = measuredOnAcc && (measuredOnAcc.kind === "cpu-node") === cpu ? measuredOnAcc : ref;
  const c: Context = {
    needs,
    weights,
    cat,
    referenceDate: opts.referenceDate,
    ref,
    measuredOnThroughput: relativeThroughput(measuredOn, ref, needs.workload),
    providerOf: providerLookup(cat.offers),
  };

  const ranked: RankedOption[] = [];
  const excluded: ExcludedOption[] = [];
  const ends = new Map<string, { favourable: Scored; unfavourable: Scored }>();

  for (const offer of cat.offers) {
    const acc = accelerator(cat, offer.accelerator.model);
    const region = regionOf(offer.location.jurisdiction);
    const checks = checkConstraints(offer, acc, needs, opts.referenceDate);
    if (!allPassed(checks)) {
      excluded.push(excludedOption(offer, region, checks, failureReasons(checks)));
      continue;
    }
    const s = scoreOffer(offer, acc, c);
    // A NaN or infinite figure (finite-cost.ts) is refused, never ranked: NaN passes no budget test.
    if (!isFiniteCost(s.cost)) {
      excluded.push(excludedOption(offer, region, checks, [reason("exclude.cost-out-of-range", {})]));
      continue;
    }
    if (needs.budgetHkd !== null) {
      const budget: RuleCheck = {
        rule: "budget",
        passed: s.cost.totalHkd <= needs.budgetHkd,
        need: { budgetHkd: needs.budgetHkd },
        offer: { costHkd: round2(s.cost.totalHkd) },
      };
      checks.push(budget);
      if (!budget.passed) {
        excluded.push(excludedOption(offer, region, checks, failureReasons([budget]), round2(s.cost.totalHkd)));
        continue;
      }
    }
    const variants = rangeVariants(offer);
    const favourable = scoreOffer(variants.favourable, acc, c);
    const unfavourable = scoreOffer(variants.unfavourable, acc, c);
    if (!isFiniteCost(favourable.cost) || !isFiniteCost(unfavourable.cost)) {
      excluded.push(excludedOption(offer, region, checks, [reason("exclude.cost-out-of-range", {})]));
      continue;
    }
    ends.set(offer.id, { favourable, unfavourable });
    const rangeDrivers: RangeDriver[] = variants.paths
      .map(({ path, favourable: atLow, unfavourable: atHigh }) => {
        const lo = scoreOffer(atLow, acc, c);
        const hi = scoreOffer(atHigh, acc, c);
        return {
          path,
          costLowHkd: round2(lo.cost.totalHkd),
          costHighHkd: round2(hi.cost.totalHkd),
          totalHigh: lo.total,
          totalLow: hi.total,
        };
      })
      .sort(
        (a, b) =>
          b.costHighHkd - b.costLowHkd - (a.costHighHkd - a.costLowHkd) ||
          b.totalHigh - b.totalLow - (a.totalHigh - a.totalLow) ||
          (a.path < b.path ? -1 : 1),
      );

    const { cost } = s;
    const concurrent = Math.min(needs.peakGpus, offer.maxAccelerators);
    // A serving workload's "result" is going live: no batch compute time. Otherwise the whole
    // job's hours at peak concurrency.
    const computeDays = needs.workload === "inference" ? 0 : cost.neededHours / (concurrent * 24);
    const timeToResultDays = s.leadTimeDays + offer.queueWaitDays + computeDays;
    const used = [
      ...new Set([
        ...cost.lines.flatMap((l) => l.figures),
        "leadTimeDays",
        "applicationPath",
        "eligibility",
        "certifications",
        "tools",
        "interconnect",
        "queueWaitDays",
        "maxAccelerators",
      ]),
    ];
    const { lines, notes, ...costRest } = cost;
    const reasons: Reason[] = [...notes];
    if (cost.override)
      reasons.push(
        reason(
          cost.override.kind === "quote" ? "cost.override-quote" : "cost.override-discount",
          cost.override.kind === "quote" ? { priceHkd: round2(cost.override.priceHkd) } : { pct: cost.override.discountPct },
        ),
      );
    if (cost.commitment) reasons.push(reason("cost.commitment", { name: cost.commitment.name, pct: cost.commitment.discountPct }));
    const freshness = figureFreshness(offer, used, opts.referenceDate);
    ranked.push({
      offerId: offer.id,
      provider: offer.provider,
      name: offer.name,
      family: offer.family,
      region,
      location: offer.location,
      accelerator: { model: acc.id, name: acc.name, perNode: offer.accelerator.perNode, memoryGb: acc.memoryGb },
      rank: 0,
      total: s.total,
      factors: s.factors,
      factorDetails: s.factorDetails,
      costHkd: round2(cost.totalHkd),
      monthlyCostHkd: round2(cost.monthlyHkd),
      costRangeHkd: {
        low: round2(Math.min(favourable.cost.totalHkd, cost.totalHkd)),
        high: round2(Math.max(unfavourable.cost.totalHkd, cost.totalHkd)),
      },
      rankRange: { best: 0, worst: 0 },
      rangeDrivers,
      rangeEnds: {
        favourable: { factors: favourable.factors, costHkd: round2(favourable.cost.totalHkd) },
        unfavourable: { factors: unfavourable.factors, costHkd: round2(unfavourable.cost.totalHkd) },
      },
      costBreakdown: lines.map((l) => ({ ...l, amountHkd: round2(l.amountHkd) })),
      cost: costRest,
      timeToResultDays: round2(timeToResultDays),
      timeToResult: {
        leadDays: s.leadTimeDays,
        queueDays: offer.queueWaitDays,
        computeDays: round2(computeDays),
        concurrentAccelerators: concurrent,
      },
      ruleChecks: checks,
      reasons,
      warnings: dataTransferWarnings(needs, offer.location.jurisdiction),
      freshness,
      flags: figureFlags(offer, used, opts.referenceDate, freshness),
    });
  }
  ranked.sort(compareRanked);
  ranked.forEach((r, i) => {
    r.rank = i + 1;
  });
  for (const r of ranked) r.rankRange = rankRange(r.offerId, ranked, ends);
  excluded.sort((a, b) => (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0));
  return { method: "weighted-sum", ranked, excluded, weights, catalogueVersion: cat.version, referenceDate: opts.referenceDate };
}

/**
 * best = 1 + the offers that still beat this one when it sits at its favourable end and they
 * at their unfavourable end; worst = 1 + those that beat it when the ends are swapped.
 */
function rankRange(
  id: string,
  ranked: readonly RankedOption[],
  ends: ReadonlyMap<string, { favourable: Scored; unfavourable: Scored }>,
): { best: number; worst: number } {
  const mine = ends.get(id);
  if (!mine) throw new Error(`no range ends for ${id}`);
  const myFav = asRankable(id, mine.favourable);
  const myUnf = asRankable(id, mine.unfavourable);
  let best = 1;
  let worst = 1;
  for (const other of ranked) {
    if (other.offerId === id) continue;
    const e = ends.get(other.offerId);
    if (!e) continue;
    if (compareRanked(asRankable(other.offerId, e.unfavourable), myFav) < 0) best++;
    if (compareRanked(asRankable(other.offerId, e.favourable), myUnf) < 0) worst++;
  }
  return { best, worst };
}
