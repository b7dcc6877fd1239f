import type { Catalogue } from "@/lib/catalogue/parse-catalogue";
import type { Needs } from "@/lib/needs/needs-schema";
import { RESIDENCIES } from "@/lib/needs/needs-vocabulary";
import type { Weights } from "../factors";
import { compareRanked, recommend, type RankedOption, type Recommendation } from "../scoring/recommend";
import type { HardRule } from "../scoring/rule-check";
import { applyChange, changeKey, HINT_FIELDS, userCanChange, type HintChange, type HintField } from "./hint-change";
import { smallestChange } from "./smallest-change";

/** An excluded offer that one change to one hard rule's need would bring into the top places. */
export type ClosestMiss = {
  kind: "closest-miss";
  offerId: string;
  provider: string;
  name: string;
  /** The one rule it fails. */
  rule: HardRule;
  change: HintChange;
  /** False for an organisation attribute: a condition to meet, not a setting to change. */
  userCanChange: boolean;
  /** Its rank and cost (HKD, whole duration) in recommend() re-run with the change applied. */
  wouldRank: number;
  costHkd: number;
  total: number;
};

/** The option on top of a ranking, as a what-if compares it. */
export type Winner = Pick<RankedOption, "offerId" | "provider" | "name" | "total" | "costHkd">;

/** A one-step change to the needs that improves the top option's score (or cost). */
export type WhatIf = {
  kind: "what-if";
  change: HintChange;
  /** The top option with the change applied; `previous` is today's (null when nothing ranks). */
  winner: Winner;
  previous: Winner | null;
  /** winner.total − previous.total (0–100 points; the whole total when nothing ranked before). */
  scoreGain: number;
  /** previous.costHkd − winner.costHkd (negative = the better option costs more). 0 when nothing ranked before. */
  costSavingHkd: number;
};

export type Hints = {
  /** Best first: rank with the change, then the offer id. */
  closestMisses: ClosestMiss[];
  /** At most `top` changes, one per field, best first. */
  whatIfs: WhatIf[];
  /** recommend() calls made (the bounded work: 1 screening run + one per distinct change, + the base if not given). */
  recommendCalls: number;
  /** True when `maxRecommendCalls` stopped the search before every candidate was tried. */
  truncated: boolean;
};

export type HintsOptions = {
  /** "Today", YYYY-MM-DD, as for recommend(). */
  referenceDate: string;
  /** recommend(needs, weights, catalogue, { referenceDate }) if the caller already has it (saves a run). */
  base?: Recommendation;
  /** How many top places a closest miss must reach, and how many what-ifs to return (default 3). */
  top?: number;
  /** Upper bound on recommend() calls, base and screening included (default 24). */
  maxRecommendCalls?: number;
};

/** The fields a what-if may change (issue: residency, start date, budget, memory minimum). */
const WHAT_IF_FIELDS: readonly HintField[] = ["residency", "startBy", "budgetHkd", "accelerator.minMemoryGb"];

/**
 * Fields whose value neither scores nor costs an offer: they only decide which offers pass
 * (check-constraints.ts; the budget rule in recommend.ts). With all of them lifted at once,
 * one "screening" run scores every offer exactly as any single relaxation of them would.
 */
const SCORE_NEUTRAL_FIELDS: readonly HintField[] = ["startBy", "residency", "budgetHkd", "accelerator.minMemoryGb", "accelerator.model"];

const winnerOf = (r: RankedOption | undefined): Winner | null =>
  r ? { offerId: r.offerId, provider: r.provider, name: r.name, total: r.total, costHkd: r.costHkd } : null;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Size of a change, for "smallest first" tie-breaks among changes to the same field. */
function changeSize(c: HintChange): number {
  switch (c.field) {
    case "startBy":
      return c.deltaDays;
    case "budgetHkd":
      return c.deltaHkd;
    case "accelerator.minMemoryGb":
    case "peakGpus":
      return c.from - c.to;
    case "residency":
      return RESIDENCIES.indexOf(c.to) - RESIDENCIES.indexOf(c.from);
    default:
      return 0;
  }
}

/**
 * Closest misses and what-if hints for one set of needs (docs: issue "closest misses").
 *
 * 1. Every excluded option that fails exactly ONE hard rule gets that rule's smallest change
 *    (smallest-change.ts). recommend() is re-run with the change applied (the engine decides;
 *    no rule is re-implemented here) and the option is a closest miss when it then ranks in
 *    the top `top`.
 * 2. Bounded work: one screening run with every score-neutral rule lifted gives each option's
 *    total; an option whose screening total is beaten by `top` or more of today's ranked
 *    options cannot reach the top under such a relaxation, so it is not re-run. Options
 *    sharing a change share one run; at most `maxRecommendCalls` runs in all.
 * 3. What-ifs: among the runs made, per field (residency, start date, budget, memory minimum)
 *    the change giving the largest gain in the top option's total, then the largest cost
 *    saving, then the smallest change; the `top` best fields are returned.
 * Deterministic: every list has an explicit tie-break ending on ids.
 */
export function hintsFor(needs: Needs, weights: Weights, catalogue: Catalogue, options: HintsOptions): Hints {
  const { referenceDate } = options;
  const top = options.top ?? 3;
  const maxCalls = options.maxRecommendCalls ?? 24;
  let calls = 0;
  const run = (n: Needs) => {
    calls++;
    return recommend(n, weights, catalogue, { referenceDate });
  };
  const base = options.base ?? run(needs);
  const previous = winnerOf(base.ranked[0]);

  type Candidate = { offerId: string; rule: HardRule; change: HintChange; bound: number };
  const raw = base.excluded.flatMap((e) => {
    const failed = e.ruleChecks.filter((c) => !c.passed);
    const only = failed.length === 1 ? failed[0] : undefined;
    const change = only ? smallestChange(only, needs, referenceDate) : null;
    return only && change ? [{ offerId: e.offerId, rule: only.rule, change }] : [];
  });

  const candidates: Candidate[] = [];
  const neutral = raw.filter((c) => SCORE_NEUTRAL_FIELDS.includes(c.change.field));
  if (neutral.length > 0 && calls < maxCalls) {
    const screen = run({
      ...needs,
      startBy: null,
      residency: "anywhere",
      budgetHkd: null,
      accelerator: { model: "any", minMemoryGb: 0 },
    });
    const scored = new Map(screen.ranked.map((r) => [r.offerId, r]));
    for (const c of neutral) {
      const s = scored.get(c.offerId);
      if (!s) continue; // fails some other rule even with all of these lifted
      const bound = 1 + base.ranked.filter((r) => compareRanked(r, s) < 0).length;
      if (bound <= top) candidates.push({ ...c, bound });
    }
  }
  // Changes that move scores or costs (peak, organisation → subsidies) cannot be screened.
  for (const c of raw) if (!SCORE_NEUTRAL_FIELDS.includes(c.change.field)) candidates.push({ ...c, bound: top });
  candidates.sort((a, b) => a.bound - b.bound || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0));

  const runs = new Map<string, { change: HintChange; rec: Recommendation }>();
  const closestMisses: ClosestMiss[] = [];
  let truncated = false;
  for (const c of candidates) {
    const key = changeKey(c.change);
    let done = runs.get(key);
    if (!done) {
      if (calls >= maxCalls) {
        truncated = true;
        continue;
      }
      done = { change: c.change, rec: run(applyChange(needs, c.change)) };
      runs.set(key, done);
    }
    const r = done.rec.ranked.find((x) => x.offerId === c.offerId);
    if (!r || r.rank > top) continue;
    closestMisses.push({
      kind: "closest-miss",
      offerId: c.offerId,
      provider: r.provider,
      name: r.name,
      rule: c.rule,
      change: c.change,
      userCanChange: userCanChange(c.change),
      wouldRank: r.rank,
      costHkd: r.costHkd,
      total: r.total,
    });
  }
  closestMisses.sort((a, b) => a.wouldRank - b.wouldRank || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0));

  const bestPerField = new Map<HintField, WhatIf>();
  const better = (a: WhatIf, b: WhatIf) =>
    b.scoreGain - a.scoreGain ||
    b.costSavingHkd - a.costSavingHkd ||
    HINT_FIELDS.indexOf(a.change.field) - HINT_FIELDS.indexOf(b.change.field) ||
    changeSize(a.change) - changeSize(b.change) ||
    (changeKey(a.change) < changeKey(b.change) ? -1 : changeKey(a.change) > changeKey(b.change) ? 1 : 0);
  for (const { change, rec } of runs.values()) {
    if (!WHAT_IF_FIELDS.includes(change.field)) continue;
    const winner = winnerOf(rec.ranked[0]);
    if (!winner) continue;
    const scoreGain = round2(winner.total - (previous?.total ?? 0));
    const costSavingHkd = previous ? round2(previous.costHkd - winner.costHkd) : 0;
    if (previous && winner.offerId === previous.offerId && scoreGain <= 0 && costSavingHkd <= 0) continue;
    if (scoreGain < 0 || (scoreGain === 0 && costSavingHkd <= 0)) continue;
    const w: WhatIf = { kind: "what-if", change, winner, previous, scoreGain, costSavingHkd };
    const held = bestPerField.get(change.field);
    if (!held || better(w, held) < 0) bestPerField.set(change.field, w);
  }
  const whatIfs = [...bestPerField.values()].sort(better).slice(0, top);

  return { closestMisses, whatIfs, recommendCalls: calls, truncated };
}
