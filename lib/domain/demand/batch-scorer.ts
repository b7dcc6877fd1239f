import { FAMILIES } from "@/lib/catalogue/catalogue-vocabulary";
import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Needs, Workload } from "@/lib/needs/needs-schema";
import { addDays } from "../calendar";
import { relativeThroughput } from "../cost/relative-throughput";
import { FACTORS, type Weights } from "../factors";
import { allPassed } from "../scoring/rule-check";
import { approvalScore } from "../scoring/approval-score";
import { checkConstraints, effectiveLeadTime } from "../scoring/check-constraints";
import { logScale, logScaleEnds, logScaleOn, round2 } from "../scoring/factor-score";
import { performanceScore } from "../scoring/performance-score";
import { PRICE_SCALE } from "../scoring/price-score";
import { securityScore } from "../scoring/security-score";
import { uxScore } from "../scoring/ux-score";
import { costOffer, newPairCost, offerCosting, type OfferCosting, type PairCost } from "./offer-costing";

/** Marks an excluded (infeasible or over-budget) pair in a Uint16 total array. */
export const EXCLUDED = 0xffff;

/**
 * Scores many workloads against one catalogue with the engine's own rules, fast.
 *
 * Everything that depends only on the offer (accelerator, FX, throughput per workload) is
 * looked up once; what depends on the offer and a few needs fields (approval score and
 * project start per data-export route, security score per sensitivity and data origin) once
 * per distinct value of those fields. The hard rules and the
 * non-price factors are memoised on exactly the needs fields they read, by calling the
 * engine's functions (checkConstraints, securityScore, performanceScore, uxScore), so each
 * rule keeps one home. Only the cost (costOffer, mirroring estimateCost) and the price score
 * (the engine's logScale and PRICE_SCALE) run per pair. The total is
 * round2(Σ weight × factor) in FACTORS order, exactly as `recommend()` adds it.
 */
export type BatchScorer = {
  readonly offerIds: readonly string[];
  /** Family index (into FAMILIES) of each offer. */
  readonly offerFamily: Uint8Array;
  readonly workloadCount: number;
  readonly offerCount: number;
  /** Total of workload w on offer o at list price `listPriceHkd` (default: the catalogue's), or null when excluded. */
  total(w: number, o: number, listPriceHkd?: number): number | null;
  /** The cost of the last `total` or `cost` call that reached the cost step. */
  readonly lastCost: PairCost;
  /** Costs (w, o) at list price `listPriceHkd` into `lastCost`, without scoring (hard rules not checked). */
  cost(w: number, o: number, listPriceHkd: number): PairCost;
  /** Whether (w, o) passes the hard rules; writes its factor scores (FACTORS order, price slot 0) into `out` at `at`. */
  nonPrice(w: number, o: number, out: Float64Array, at: number): boolean;
  /** Index of the price factor in FACTORS and the weights in FACTORS order. */
  readonly priceIndex: number;
  readonly weightsInOrder: Float64Array;
  /** Effective GPU-hours per year of workload w (the same on every offer). */
  effectiveHoursPerYear(w: number): number;
  isCpu(w: number): boolean;
  readonly costing: readonly OfferCosting[];
  measuredOnThroughput(w: number): number;
  offerThroughput(w: number, o: number): number;
  /** Scores every pair: totals × 100 as integers (EXCLUDED for excluded pairs), row-major by workload. */
  scoreAll(onProgress?: (done: number) => void): Uint16Array;
};

/**
 * Rows memoised on a tuple of needs fields: row i belongs to the i-th distinct tuple (tupleId
 * through `trie`), and `of[w]` is workload w's row.
 */
type Memo<V> = { trie: Trie; next: { id: number }; rows: V[]; of: Int32Array };
const memo = <V>(workloadCount: number): Memo<V> => ({ trie: new Map(), next: { id: 0 }, rows: [], of: new Int32Array(workloadCount) });
/** Files workload w under its tuple's row; true when the tuple is new and the caller must push its row. */
function fileUnder<V>(m: Memo<V>, w: number, key: readonly unknown[]): boolean {
  const id = tupleId(m.trie, key, m.next);
  m.of[w] = id;
  return id === m.rows.length;
}
const rowOf = <V>(m: Memo<V>, w: number): V => m.rows[m.of[w]!]!;

/**
 * A small integer per distinct tuple of primitive values, through a trie of Maps: no key string
 * is built per workload (the constraint key reads 15 fields).
 */
type Trie = Map<unknown, Trie | number>;
function tupleId(root: Trie, values: readonly unknown[], next: { id: number }): number {
  let node = root;
  const last = values.length - 1;
  for (let i = 0; i < last; i++) {
    let child = node.get(values[i]) as Trie | undefined;
    if (child === undefined) {
      child = new Map();
      node.set(values[i], child);
    }
    node = child;
  }
  let id = node.get(values[last]) as number | undefined;
  if (id === undefined) {
    id = next.id++;
    node.set(values[last], id);
  }
  return id;
}
const joined = (xs: readonly string[]) => (xs.length === 0 ? "" : xs.length === 1 ? xs[0]! : xs.join(","));
/** The needs fields checkConstraints reads besides the offer. */
const constraintFields = (n: Needs, into: unknown[]) => {
  const o = n.organisation;
  into[0] = n.workload;
  into[1] = n.residency;
  into[2] = n.dataSensitivity;
  into[3] = n.accelerator.model;
  into[4] = n.accelerator.minMemoryGb;
  into[5] = n.peakGpus;
  into[6] = n.multiNode;
  into[7] = o.hkRegistered;
  into[8] = o.mainlandEntity;
  into[9] = o.university;
  into[10] = o.hostCountryPartner;
  into[11] = joined(o.overseasEntities);
  into[12] = joined(o.memberOf);
  into[13] = n.mainlandDataOrigin;
  into[14] = n.startBy;
  return into;
};
/** The fields effectiveLeadTime and securityScore read besides the offer. */
const originFields = (n: Needs, into: unknown[]) => {
  into.length = 2;
  into[0] = n.dataSensitivity;
  into[1] = n.mainlandDataOrigin;
  return into;
};
/** The fields performanceScore reads besides the offer (and the workload's throughput row). */
const performanceFields = (n: Needs, into: unknown[]) => {
  into.length = 3;
  into[0] = n.workload;
  into[1] = n.multiNode;
  into[2] = n.peakGpus;
  return into;
};
/** The fields uxScore reads: the language and the tool list, led by its length (tuples of one length share a trie level). */
const uxFields = (n: Needs, into: unknown[]) => {
  into.length = n.tools.length + 2;
  into[0] = n.tools.length;
  into[1] = n.supportLanguage;
  for (let i = 0; i < n.tools.length; i++) into[i + 2] = n.tools[i];
  return into;
};

/**
 * A subsidy some workloads claim on top of their needs' own `subsidies` (as if appended to the
 * list): `claimed[w]` is 1 for those that do. The centre what-if uses it so that scoring a
 * population never copies its needs.
 */
export type ExtraSubsidy = { schemeId: string; claimed: Uint8Array };

export function createBatchScorer(
  workloads: readonly Needs[],
  cat: Catalogue,
  weights: Weights,
  referenceDate: string,
  extra?: ExtraSubsidy,
): BatchScorer {
  const nO = cat.offers.length;
  const nW = workloads.length;
  const costing = cat.offers.map((o) => offerCosting(o, cat));
  const offerFamily = Uint8Array.from(cat.offers, (o) => FAMILIES.indexOf(o.family));
  const weightsInOrder = Float64Array.from(FACTORS, (f) => weights[f]);
  const priceIndex = FACTORS.indexOf("price");
  const factorIndex = {
    security: FACTORS.indexOf("security"),
    performance: FACTORS.indexOf("performance"),
    approval: FACTORS.indexOf("approval"),
    ux: FACTORS.indexOf("ux"),
  };

  const ref = (cpu: boolean) => {
    const id = cpu ? cat.referenceCpuModel : cat.referenceModel;
    const a = cat.accelerators.find((x) => x.id === id);
    if (!a) throw new Error(`unknown accelerator ${id}`);
    return a;
  };
  const refGpu = ref(false);
  const refCpu = ref(true);
  // Per (offer, workload kind): throughput relative to the reference, as recommend() computes it.
  const relMemo = new Map<Workload, Float64Array>();
  const relFor = (wk: Workload) => {
    let r = relMemo.get(wk);
    if (!r) {
      const reference = wk === "cpu-hpc" ? refCpu : refGpu;
      r = Float64Array.from(costing, (c) => relativeThroughput(c.accelerator, reference, wk));
      relMemo.set(wk, r);
    }
    return r;
  };
  // The needs' hours are measured on `hoursMeasuredOn` (recommend(): a CPU workload only counts a CPU node, else the reference).
  // Keyed workload → hoursMeasuredOn through nested maps (no key string per workload).
  const measuredMemo = new Map<Workload, Map<string, number>>();
  const measuredFor = (n: Needs) => {
    let byModel = measuredMemo.get(n.workload);
    if (byModel === undefined) {
      byModel = new Map();
      measuredMemo.set(n.workload, byModel);
    }
    let v = byModel.get(n.hoursMeasuredOn);
    if (v === undefined) {
      const cpu = n.workload === "cpu-hpc";
      const reference = cpu ? refCpu : refGpu;
      const acc = cat.accelerators.find((a) => a.id === n.hoursMeasuredOn);
      const on = acc && (acc.kind === "cpu-node") === cpu ? acc : reference;
      v = relativeThroughput(on, reference, n.workload);
      byModel.set(n.hoursMeasuredOn, v);
    }
    return v;
  };

  const feasibleMemo = memo<Uint8Array>(nW);
  const perfMemo = memo<Float64Array>(nW);
  const uxMemo = memo<Float64Array>(nW);
  // Per data-export route: security score, approval score and project start (reference date + lead time incl. export filing), per offer.
  const originMemo = memo<{ security: Float64Array; approval: Float64Array; start: string[] }>(nW);
  const wMeasured = new Float64Array(nW);
  const wRel: Float64Array[] = new Array<Float64Array>(nW);
  const fields: unknown[] = new Array<unknown>(15);
  const small: unknown[] = [];
  for (let w = 0; w < nW; w++) {
    const n = workloads[w]!;
    if (fileUnder(feasibleMemo, w, constraintFields(n, fields)))
      feasibleMemo.rows.push(
        Uint8Array.from(costing, (c) => (allPassed(checkConstraints(c.offer, c.accelerator, n, referenceDate)) ? 1 : 0)),
      );
    const rel = relFor(n.workload);
    wRel[w] = rel;
    if (fileUnder(perfMemo, w, performanceFields(n, small)))
      perfMemo.rows.push(Float64Array.from(costing, (c, o) => performanceScore(c.offer, n, rel[o]!).score));
    if (fileUnder(uxMemo, w, uxFields(n, small))) uxMemo.rows.push(Float64Array.from(costing, (c) => uxScore(c.offer, n).score));
    // Security, approval and project start read the same needs fields besides the offer: one key, one row.
    if (fileUnder(originMemo, w, originFields(n, small)))
      originMemo.rows.push({
        security: Float64Array.from(costing, (c) => securityScore(c.offer, n.dataSensitivity, n.mainlandDataOrigin).score),
        approval: Float64Array.from(costing, (c) => approvalScore(c.offer, effectiveLeadTime(c.offer, n).exportFilingDays).score),
        start: costing.map((c) => addDays(referenceDate, effectiveLeadTime(c.offer, n).leadTimeDays)),
      });
    wMeasured[w] = measuredFor(n);
  }

  // Module bindings read once: per-pair calls then skip the module namespace look-up.
  const logScaleOf = logScale;
  const round2Of = round2;
  const costOfferOf = costOffer;
  const lastCost = newPairCost();
  const extraId = extra?.schemeId ?? null;
  const claimed = extra?.claimed;
  const extraOf = (w: number) => (claimed !== undefined && claimed[w] === 1 ? extraId : null);
  const factors = new Float64Array(FACTORS.length);
  const fillNonPrice = (w: number, o: number) => {
    const origin = rowOf(originMemo, w);
    factors[factorIndex.security] = origin.security[o]!;
    factors[factorIndex.performance] = rowOf(perfMemo, w)[o]!;
    factors[factorIndex.approval] = origin.approval[o]!;
    factors[factorIndex.ux] = rowOf(uxMemo, w)[o]!;
  };

  const total = (w: number, o: number, listPriceHkd?: number): number | null => {
    if (rowOf(feasibleMemo, w)[o] === 0) return null;
    const n = workloads[w]!;
    const c = costing[o]!;
    costOfferOf(c, n, wMeasured[w]!, wRel[w]![o]!, listPriceHkd ?? c.listPriceHkd, rowOf(originMemo, w).start[o]!, cat, lastCost, extraOf(w));
    if (n.budgetHkd !== null && lastCost.totalHkd > n.budgetHkd) return null;
    const scale = n.workload === "cpu-hpc" ? PRICE_SCALE.cpu : PRICE_SCALE.gpu;
    const x = lastCost.effectiveHours > 0 ? lastCost.totalHkd / lastCost.effectiveHours : Number.POSITIVE_INFINITY;
    fillNonPrice(w, o);
    factors[priceIndex] = round2Of(logScaleOf(x, scale.bestHkd, scale.worstHkd));
    let t = 0;
    for (let f = 0; f < factors.length; f++) t = t + weightsInOrder[f]! * factors[f]!;
    return round2Of(t);
  };

  return {
    offerIds: cat.offers.map((o) => o.id),
    offerFamily,
    workloadCount: nW,
    offerCount: nO,
    total,
    lastCost,
    cost: (w, o, listPriceHkd) =>
      costOfferOf(costing[o]!, workloads[w]!, wMeasured[w]!, wRel[w]![o]!, listPriceHkd, rowOf(originMemo, w).start[o]!, cat, lastCost, extraOf(w)),
    priceIndex,
    weightsInOrder,
    costing,
    nonPrice(w, o, out, at) {
      fillNonPrice(w, o);
      factors[priceIndex] = 0;
      out.set(factors, at);
      return rowOf(feasibleMemo, w)[o] === 1;
    },
    effectiveHoursPerYear(w) {
      const n = workloads[w]!;
      return (n.gpuHoursPerMonth * n.durationMonths * wMeasured[w]! * 12) / n.durationMonths;
    },
    isCpu: (w) => workloads[w]!.workload === "cpu-hpc",
    measuredOnThroughput: (w) => wMeasured[w]!,
    offerThroughput: (w, o) => wRel[w]![o]!,
    scoreAll(onProgress) {
      // total() inlined with each workload's memo rows hoisted out of the offer loop (same arithmetic).
      const out = new Uint16Array(nW * nO);
      const { security: si, performance: pi, approval: ai, ux: ui } = factorIndex;
      const nF = factors.length;
      const cpuScale = logScaleEnds(PRICE_SCALE.cpu.bestHkd, PRICE_SCALE.cpu.worstHkd);
      const gpuScale = logScaleEnds(PRICE_SCALE.gpu.bestHkd, PRICE_SCALE.gpu.worstHkd);
      const logScaleOnOf = logScaleOn;
      for (let w = 0; w < nW; w++) {
        const n = workloads[w]!;
        const feasible = rowOf(feasibleMemo, w);
        const { security: sec, approval, start } = rowOf(originMemo, w);
        const perf = rowOf(perfMemo, w);
        const ux = rowOf(uxMemo, w);
        const rel = wRel[w]!;
        const measured = wMeasured[w]!;
        const scale = n.workload === "cpu-hpc" ? cpuScale : gpuScale;
        const budget = n.budgetHkd;
        const claim = extraOf(w);
        const row = w * nO;
        for (let o = 0; o < nO; o++) {
          if (feasible[o] === 0) {
            out[row + o] = EXCLUDED;
            continue;
          }
          const c = costing[o]!;
          costOfferOf(c, n, measured, rel[o]!, c.listPriceHkd, start[o]!, cat, lastCost, claim);
          if (budget !== null && lastCost.totalHkd > budget) {
            out[row + o] = EXCLUDED;
            continue;
          }
          const x = lastCost.effectiveHours > 0 ? lastCost.totalHkd / lastCost.effectiveHours : Number.POSITIVE_INFINITY;
          factors[si] = sec[o]!;
          factors[pi] = perf[o]!;
          factors[ai] = approval[o]!;
          factors[ui] = ux[o]!;
          factors[priceIndex] = round2Of(logScaleOnOf(x, scale));
          let t = 0;
          for (let f = 0; f < nF; f++) t = t + weightsInOrder[f]! * factors[f]!;
          out[row + o] = Math.round(round2Of(t) * 100);
        }
        if (onProgress && (w & 4095) === 4095) onProgress(w + 1);
      }
      onProgress?.(nW);
      return out;
    },
  };
}
