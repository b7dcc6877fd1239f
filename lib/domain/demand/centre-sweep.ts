import { FACTORS } from "../factors";
import { logScale, round2 } from "../scoring/factor-score";
import { PRICE_SCALE } from "../scoring/price-score";
import type { BatchScorer } from "./batch-scorer";

/**
 * What the price sweep keeps per (workload, centre offer): everything but the price.
 * The cost at list price p is affine, cost(p) = a·p + b (compute is billed hours × p × FX ×
 * commitment × (1 − subsidy share); storage, egress and fees do not move), found by costing
 * the pair at p = 0 and p = 1 with the scorer and checked at p = 1,000. A pair whose cost is
 * not affine (a capped subsidy that binds) is re-costed exactly at every price.
 */
export type CentrePrep = {
  workloadCount: number;
  centreCount: number;
  centreOffers: readonly number[];
  feasible: Uint8Array;
  affine: Uint8Array;
  costA: Float64Array;
  costB: Float64Array;
  computeA: Float64Array;
  computeB: Float64Array;
  subsidyA: Float64Array;
  subsidyB: Float64Array;
  /** Factor scores in FACTORS order with the price slot to fill, 5 per pair. */
  factors: Float64Array;
  /** Effective GPU-hours over the whole duration (the price score's denominator), per workload. */
  effective: Float64Array;
  budget: Float64Array;
  cpu: Uint8Array;
  /** Card-hours of work per year on the centre offer (needed, before node packaging). */
  cardHoursPerYear: Float64Array;
  /** Converts a whole-duration amount to a yearly one: 12 ÷ months, per workload. */
  perYear: Float64Array;
};

export function prepareCentre(
  scorer: BatchScorer,
  centreOffers: readonly number[],
  durationMonths: (w: number) => number,
  budgetHkd: (w: number) => number | null,
): CentrePrep {
  const nW = scorer.workloadCount;
  const nC = centreOffers.length;
  const nF = FACTORS.length;
  const p: CentrePrep = {
    workloadCount: nW,
    centreCount: nC,
    centreOffers,
    feasible: new Uint8Array(nW * nC),
    affine: new Uint8Array(nW * nC),
    costA: new Float64Array(nW * nC),
    costB: new Float64Array(nW * nC),
    computeA: new Float64Array(nW * nC),
    computeB: new Float64Array(nW * nC),
    subsidyA: new Float64Array(nW * nC),
    subsidyB: new Float64Array(nW * nC),
    factors: new Float64Array(nW * nC * nF),
    effective: new Float64Array(nW),
    budget: new Float64Array(nW),
    cpu: new Uint8Array(nW),
    cardHoursPerYear: new Float64Array(nW * nC),
    perYear: new Float64Array(nW),
  };
  const c = scorer.lastCost;
  for (let w = 0; w < nW; w++) {
    const b = budgetHkd(w);
    p.budget[w] = b ?? Number.POSITIVE_INFINITY;
    p.cpu[w] = scorer.isCpu(w) ? 1 : 0;
    p.perYear[w] = 12 / durationMonths(w);
    for (let k = 0; k < nC; k++) {
      const o = centreOffers[k]!;
      const i = w * nC + k;
      if (!scorer.nonPrice(w, o, p.factors, i * nF)) continue;
      p.feasible[i] = 1;
      // Cost at p = 0 and p = 1 (the budget rule is applied later, per price).
      scorer.cost(w, o, 0);
      const cost0 = c.totalHkd;
      const compute0 = c.computeHkd;
      const subsidy0 = c.subsidyHkd;
      p.effective[w] = c.effectiveHours;
      p.cardHoursPerYear[i] = c.neededHours * p.perYear[w]!;
      scorer.cost(w, o, 1);
      p.costA[i] = c.totalHkd - cost0;
      p.costB[i] = cost0;
      p.computeA[i] = c.computeHkd - compute0;
      p.computeB[i] = compute0;
      p.subsidyA[i] = c.subsidyHkd - subsidy0;
      p.subsidyB[i] = subsidy0;
      scorer.cost(w, o, 1000);
      const predicted = cost0 + 1000 * p.costA[i]!;
      p.affine[i] = Math.abs(c.totalHkd - predicted) <= 1e-9 * Math.max(1, Math.abs(c.totalHkd)) && cost0 >= 0 && p.costA[i]! >= 0 ? 1 : 0;
    }
  }
  return p;
}

/**
 * The engine's total of pair i at list price `priceHkd`, or -1 when excluded (over budget).
 * Affine pairs: cost = a·p + b, then the engine's price score and weighted sum. The sum of
 * a·p + b can differ from the engine's line-by-line sum in the last bit, which moves a total
 * by 0.01 only when it sits exactly on a rounding edge (tests bound the effect on demand).
 */
export function centreTotalCenti(prep: CentrePrep, scorer: BatchScorer, w: number, k: number, priceHkd: number): number {
  const i = w * prep.centreCount + k;
  if (prep.feasible[i] === 0) return -1;
  if (prep.affine[i] === 0) {
    const t = scorer.total(w, prep.centreOffers[k]!, priceHkd);
    return t === null ? -1 : Math.round(t * 100);
  }
  const cost = prep.costA[i]! * priceHkd + prep.costB[i]!;
  if (cost > prep.budget[w]!) return -1;
  const e = prep.effective[w]!;
  const scale = prep.cpu[w] === 1 ? PRICE_SCALE.cpu : PRICE_SCALE.gpu;
  const x = e > 0 ? cost / e : Number.POSITIVE_INFINITY;
  const nF = FACTORS.length;
  const base = i * nF;
  const priceIndex = scorer.priceIndex;
  const ws = scorer.weightsInOrder;
  let t = 0;
  for (let f = 0; f < nF; f++)
    t = t + ws[f]! * (f === priceIndex ? round2(logScale(x, scale.bestHkd, scale.worstHkd)) : prep.factors[base + f]!);
  return Math.round(round2(t) * 100);
}

/**
 * The sweep's compact form of the affine, feasible pairs, grouped by workload:
 * x(p) = α·p + β is the all-in HKD per effective GPU-hour at list price p (α = a ÷ E, β = b ÷ E),
 * `rest` the weighted sum of the non-price factors (in FACTORS order), so a pair's total is
 * round2(w_price × priceScore(x) + rest). Pairs with the same (α, β, price scale) have the same
 * price score at every price: `line` maps each pair to its distinct (lineAlpha, lineBeta,
 * lineCpu), so the sweep takes one logarithm per distinct line and price, not per pair.
 */
export type SweepPairs = {
  start: Int32Array;
  alpha: Float64Array;
  beta: Float64Array;
  rest: Float64Array;
  budgetX: Float64Array;
  hours: Float64Array;
  cpu: Uint8Array;
  line: Int32Array;
  lineAlpha: Float64Array;
  lineBeta: Float64Array;
  lineCpu: Uint8Array;
  /** Workloads with a non-affine pair, re-costed exactly per price. */
  exact: Int32Array;
};

export function compactPairs(prep: CentrePrep, scorer: BatchScorer): SweepPairs {
  const nC = prep.centreCount;
  const nW = prep.workloadCount;
  const nF = FACTORS.length;
  const priceIndex = scorer.priceIndex;
  const ws = scorer.weightsInOrder;
  const { feasible, affine } = prep;
  // First pass: which workloads need exact re-costing, and how many pairs the rest have.
  const exactFlag = new Uint8Array(nW);
  let nPairs = 0;
  let nExact = 0;
  for (let w = 0; w < nW; w++) {
    let anyExact = false;
    let n = 0;
    for (let k = 0; k < nC; k++) {
      const i = w * nC + k;
      if (feasible[i] === 1) {
        n++;
        if (affine[i] === 0) anyExact = true;
      }
    }
    if (anyExact) {
      exactFlag[w] = 1;
      nExact++;
    } else nPairs += n;
  }
  const start = new Int32Array(nW + 1);
  const alpha = new Float64Array(nPairs);
  const beta = new Float64Array(nPairs);
  const rest = new Float64Array(nPairs);
  const budgetX = new Float64Array(nPairs);
  const hours = new Float64Array(nPairs);
  const cpu = new Uint8Array(nPairs);
  const line = new Int32Array(nPairs);
  const exact = new Int32Array(nExact);
  // Distinct lines (α, β, scale): an open-addressing hash table over the bits of α and β (no
  // allocation per pair). Values that compare unequal to themselves (NaN) just get lines of their own.
  let cap = 16;
  while (cap < 2 * nPairs) cap *= 2;
  const mask = cap - 1;
  const table = new Int32Array(cap).fill(-1);
  const lA = new Float64Array(nPairs);
  const lB = new Float64Array(nPairs);
  const lC = new Uint8Array(nPairs);
  let nLines = 0;
  const bits = new Float64Array(2);
  const words = new Int32Array(bits.buffer);
  let at = 0;
  let ex = 0;
  for (let w = 0; w < nW; w++) {
    start[w] = at;
    if (exactFlag[w] === 1) {
      exact[ex++] = w;
      continue;
    }
    const e = prep.effective[w]!;
    const c = prep.cpu[w]!;
    for (let k = 0; k < nC; k++) {
      const i = w * nC + k;
      if (feasible[i] === 0) continue;
      let r = 0;
      for (let f = 0; f < nF; f++) if (f !== priceIndex) r = r + ws[f]! * prep.factors[i * nF + f]!;
      const a = e > 0 ? prep.costA[i]! / e : Number.POSITIVE_INFINITY;
      const b = e > 0 ? prep.costB[i]! / e : Number.POSITIVE_INFINITY;
      alpha[at] = a;
      beta[at] = b;
      rest[at] = r;
      budgetX[at] = e > 0 ? prep.budget[w]! / e : Number.POSITIVE_INFINITY;
      hours[at] = prep.cardHoursPerYear[i]!;
      cpu[at] = c;
      bits[0] = a;
      bits[1] = b;
      let h = Math.imul(words[0]! ^ Math.imul(words[1]!, 0x27d4eb2d), 0x9e3779b1);
      h = Math.imul(h ^ words[2]! ^ (c << 7), 0x85ebca6b);
      h = Math.imul(h ^ words[3]!, 0xc2b2ae35);
      let slot = (h ^ (h >>> 15)) & mask;
      let l = table[slot]!;
      while (l >= 0 && !(lA[l] === a && lB[l] === b && lC[l] === c)) {
        slot = (slot + 1) & mask;
        l = table[slot]!;
      }
      if (l < 0) {
        l = nLines++;
        lA[l] = a;
        lB[l] = b;
        lC[l] = c;
        table[slot] = l;
      }
      line[at] = l;
      at++;
    }
  }
  start[nW] = at;
  return {
    start,
    alpha,
    beta,
    rest,
    budgetX,
    hours,
    cpu,
    line,
    lineAlpha: lA.slice(0, nLines),
    lineBeta: lB.slice(0, nLines),
    lineCpu: lC.slice(0, nLines),
    exact,
  };
}

/**
 * Captured card-hours per year at each price of `pricesHkd`: Σ_w Σ_c P_wc(p) × card-hours_wc.
 * Only the centre's utility moves between prices: `restWeight[w]` holds 1 (the outside
 * option) + Σ_f e^{ASC_f} S_wf over the other families, computed once; `centreExp[k]` is
 * e^{ASC_centre} × exp(λ k / 100) for a total of k hundredths. The engine's log price score
 * is computed once per distinct price line and price; per pair and price only one rounding
 * and one table look-up remain. Prices are visited in ascending order, so a pair's budget
 * (x = α·p + β above the firm's budget) excludes it from one price on: that price is found
 * once per pair by bisection, not tested at every price.
 */
export function sweepCapturedCardHours(
  prep: CentrePrep,
  scorer: BatchScorer,
  pairs: SweepPairs,
  restWeight: Float64Array,
  centreExp: Float64Array,
  pricesHkd: readonly number[],
): Float64Array {
  const nP = pricesHkd.length;
  // Ascending order of the prices (the caller's order is restored at the end).
  const order = Array.from(pricesHkd, (_, j) => j).sort((i, j) => pricesHkd[i]! - pricesHkd[j]! || i - j);
  const prices = Float64Array.from(order, (j) => pricesHkd[j]!);
  const sorted = new Float64Array(nP);
  const wPrice = scorer.weightsInOrder[scorer.priceIndex]!;
  const score = lineScores(pairs, prices);
  const { start, alpha, beta, rest, budgetX, hours, line } = pairs;
  // Per pair: the number of prices (from the cheapest) within the budget.
  const nPairs = alpha.length;
  const cut = new Int32Array(nPairs).fill(nP);
  for (let i = 0; i < nPairs; i++) {
    const bx = budgetX[i]!;
    if (bx === Number.POSITIVE_INFINITY) continue;
    const a = alpha[i]!;
    const b = beta[i]!;
    // First j with a·p_j + b > bx (the same expression the engine's budget rule reduces to); a ≥ 0, so monotone.
    let lo = 0;
    let hi = nP;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a * prices[mid]! + b > bx) hi = mid;
      else lo = mid + 1;
    }
    cut[i] = lo;
  }
  const nW = prep.workloadCount;
  const sumW = new Float64Array(nP);
  const sumH = new Float64Array(nP);
  for (let w = 0; w < nW; w++) {
    const from = start[w]!;
    const to = start[w + 1]!;
    if (from === to) continue;
    const rw = restWeight[w]!;
    const n = to - from;
    if (n === 1) {
      // One centre pair: P × h = v·h ÷ (rest + v).
      const r100 = rest[from]! * 100 + 0.5;
      const h = hours[from]!;
      const row = line[from]! * nP;
      const m = cut[from]!;
      for (let j = 0; j < m; j++) {
        const v = centreExp[(wPrice * score[row + j]! + r100) | 0]!;
        sorted[j] = sorted[j]! + (v * h) / (rw + v);
      }
    } else if (n === 2 || n === 3) {
      // Two or three centre pairs (the catalogue's centre has three offers): the sums stay in
      // registers, price by price; a missing third pair, or one over its budget, weighs 0.
      const i2 = n === 3 ? from + 2 : from;
      const rA = rest[from]! * 100 + 0.5;
      const rB = rest[from + 1]! * 100 + 0.5;
      const rC = rest[i2]! * 100 + 0.5;
      const hA = hours[from]!;
      const hB = hours[from + 1]!;
      const hC = n === 3 ? hours[i2]! : 0;
      const rowA = line[from]! * nP;
      const rowB = line[from + 1]! * nP;
      const rowC = line[i2]! * nP;
      const mA = cut[from]!;
      const mB = cut[from + 1]!;
      const mC = n === 3 ? cut[i2]! : 0;
      const m = mA > mB ? (mA > mC ? mA : mC) : mB > mC ? mB : mC;
      for (let j = 0; j < m; j++) {
        const vA = j < mA ? centreExp[(wPrice * score[rowA + j]! + rA) | 0]! : 0;
        const vB = j < mB ? centreExp[(wPrice * score[rowB + j]! + rB) | 0]! : 0;
        const vC = j < mC ? centreExp[(wPrice * score[rowC + j]! + rC) | 0]! : 0;
        const sw = vA + vB + vC;
        sorted[j] = sorted[j]! + (vA * hA + vB * hB + vC * hC) / (rw + sw);
      }
    } else {
      // More centre pairs: Σ e^{V} and Σ e^{V} × card-hours per price (the first pair writes, the others add).
      for (let i = from; i < to; i++) {
        const r100 = rest[i]! * 100 + 0.5;
        const h = hours[i]!;
        const row = line[i]! * nP;
        const m = cut[i]!;
        const first = i === from;
        for (let j = 0; j < nP; j++) {
          const v = j < m ? centreExp[(wPrice * score[row + j]! + r100) | 0]! : 0;
          sumW[j] = first ? v : sumW[j]! + v;
          sumH[j] = first ? v * h : sumH[j]! + v * h;
        }
      }
      for (let j = 0; j < nP; j++) if (sumW[j]! > 0) sorted[j] = sorted[j]! + sumH[j]! / (rw + sumW[j]!);
    }
  }
  // Workloads with a non-affine pair: every pair re-costed exactly by the scorer.
  const nC = prep.centreCount;
  const num = new Float64Array(nC);
  for (const w of pairs.exact) {
    for (let j = 0; j < nP; j++) {
      let sum = 0;
      for (let k = 0; k < nC; k++) {
        const t = centreTotalCenti(prep, scorer, w, k, prices[j]!);
        num[k] = t < 0 ? 0 : centreExp[t]!;
        sum += num[k]!;
      }
      if (sum === 0) continue;
      let hrs = 0;
      for (let k = 0; k < nC; k++) hrs += num[k]! * prep.cardHoursPerYear[w * nC + k]!;
      sorted[j] = sorted[j]! + hrs / (restWeight[w]! + sum);
    }
  }
  const out = new Float64Array(nP);
  order.forEach((j, at) => (out[j] = sorted[at]!));
  return out;
}

/**
 * The engine's price score in hundredths of a point, per distinct line and price:
 * round(10000 × clamp01((ln worst − ln x) / (ln worst − ln best))). Outside the scale the score
 * is clamped (100 at or below best, 0 at or above worst): no logarithm needed. Math.round of a
 * non-negative number, as (y + 0.5) | 0: several times faster in V8.
 */
export function lineScores(pairs: SweepPairs, prices: Float64Array): Uint16Array {
  const nP = prices.length;
  const scaleBest = new Float64Array([PRICE_SCALE.gpu.bestHkd, PRICE_SCALE.cpu.bestHkd]);
  const scaleWorst = new Float64Array([PRICE_SCALE.gpu.worstHkd, PRICE_SCALE.cpu.worstHkd]);
  const scaleLnWorst = scaleWorst.map((x) => Math.log(x));
  const scaleInv = new Float64Array([0, 1].map((i) => 1 / (Math.log(scaleWorst[i]!) - Math.log(scaleBest[i]!))));
  const { lineAlpha, lineBeta, lineCpu } = pairs;
  const nL = lineAlpha.length;
  const score = new Uint16Array(nL * nP);
  for (let l = 0; l < nL; l++) {
    const a = lineAlpha[l]!;
    const b = lineBeta[l]!;
    const c = lineCpu[l]!;
    const best = scaleBest[c]!;
    const worst = scaleWorst[c]!;
    const lnWorst = scaleLnWorst[c]!;
    const inv = scaleInv[c]!;
    const row = l * nP;
    for (let j = 0; j < nP; j++) {
      const x = a * prices[j]! + b;
      score[row + j] = x <= best ? 10000 : x >= worst ? 0 : (10000 * (lnWorst - Math.log(x)) * inv + 0.5) | 0;
    }
  }
  return score;
}
