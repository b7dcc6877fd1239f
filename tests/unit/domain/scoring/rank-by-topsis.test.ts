import { describe, expect, it } from "vitest";
import { rankByTopsis } from "@/lib/domain/scoring/rank-by-topsis";
import { recommend, type RankedOption, type Recommendation } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import type { Factor, Weights } from "@/lib/domain/factors";
import { TEST_AS_OF, makeCatalogue, makeNeeds, makeOffer } from "@/tests/fixtures/builders";

/** A real RankedOption (from the engine) whose identity, factor scores and cost each test overrides. */
const TEMPLATE: RankedOption = (() => {
  const rec = recommend(makeNeeds(), DEFAULT_WEIGHTS, makeCatalogue({ offers: [makeOffer()] }), { referenceDate: TEST_AS_OF });
  const first = rec.ranked[0];
  if (!first) throw new Error("builder offer should be feasible");
  return first;
})();

function option(
  offerId: string,
  factors: Partial<Record<Factor, number>>,
  extra: { total?: number; costHkd?: number; rank?: number } = {},
): RankedOption {
  const all = { price: 0, security: 0, performance: 0, approval: 0, ux: 0, ...factors };
  const costHkd = extra.costHkd ?? 1000;
  return {
    ...TEMPLATE,
    offerId,
    factors: all,
    total: extra.total ?? 0,
    costHkd,
    rank: extra.rank ?? 0,
    // No estimate ranges: both ends are the point values.
    rangeEnds: { favourable: { factors: all, costHkd }, unfavourable: { factors: all, costHkd } },
  };
}

function rec(ranked: RankedOption[], weights: Weights): Recommendation {
  return { method: "weighted-sum", ranked, excluded: [], weights, catalogueVersion: "test", referenceDate: "2026-11-25" };
}

const byId = (r: Recommendation) => Object.fromEntries(r.ranked.map((o) => [o.offerId, o]));

describe("rankByTopsis", () => {
  /*
   * Hand computation (topsis.ts: vector normalisation, all benefit columns):
   * price column (3, 0, 4) and security column (0, 4, 3) both have norm 5; with w = 0.25 each,
   * v_A = (0.15, 0), v_B = (0, 0.2), v_C = (0.2, 0.15); A+ = (0.2, 0.2), A− = (0, 0).
   *   A: D+ = √(0.05² + 0.2²) = √0.0425, D− = 0.15 → C = 0.15 / (0.15 + 0.206155) = 0.421165 → 42.12
   *   B: D+ = 0.2, D− = 0.2 → C = 0.5 → 50
   *   C: D+ = 0.05, D− = √(0.2² + 0.15²) = 0.25 → C = 0.25 / 0.30 = 0.833333 → 83.33
   * performance is constant (70) so it is at A+ and A− at once and adds no distance even with
   * weight 0.5; approval and ux vary but have weight 0.
   */
  const weights: Weights = { price: 0.25, security: 0.25, performance: 0.5, approval: 0, ux: 0 };
  const input = () =>
    rec(
      [
        option("a", { price: 3, security: 0, performance: 70, approval: 100, ux: 0 }, { total: 90, rank: 1 }),
        option("b", { price: 0, security: 4, performance: 70, approval: 0, ux: 100 }, { total: 80, rank: 2 }),
        option("c", { price: 4, security: 3, performance: 70, approval: 50, ux: 50 }, { total: 70, rank: 3 }),
      ],
      weights,
    );

  it("sets total = 100 × closeness (hand-computed 3-option case) and re-ranks 1..n", () => {
    const out = rankByTopsis(input());
    expect(out.method).toBe("topsis");
    expect(out.ranked.map((o) => [o.offerId, o.rank, o.total])).toEqual([
      ["c", 1, 83.33],
      ["b", 2, 50],
      ["a", 3, 42.12],
    ]);
  });

  it("keeps everything but method, total, rank and rank range", () => {
    const before = input();
    const out = rankByTopsis(before);
    expect(out.weights).toBe(before.weights);
    expect(out.excluded).toBe(before.excluded);
    expect(out.catalogueVersion).toBe("test");
    for (const o of out.ranked) {
      const orig = before.ranked.find((x) => x.offerId === o.offerId)!;
      const blank = { total: 0, rank: 0, rankRange: { best: 0, worst: 0 } };
      expect({ ...o, ...blank }).toEqual({ ...orig, ...blank });
    }
  });

  it("recomputes the rank range under TOPSIS: a point without ranges, bounds around the rank with them", () => {
    const out = rankByTopsis(input());
    for (const o of out.ranked) expect(o.rankRange).toEqual({ best: o.rank, worst: o.rank });
    // Give the last option a price range wide enough to reach the top at its favourable end.
    const last = out.ranked.at(-1)!;
    const ranged = input();
    const target = ranged.ranked.find((r) => r.offerId === last.offerId)!;
    target.rangeEnds = {
      favourable: { factors: { ...target.factors, price: 100, security: 100 }, costHkd: 1 },
      unfavourable: target.rangeEnds.unfavourable,
    };
    const r = rankByTopsis(ranged).ranked.find((x) => x.offerId === last.offerId)!;
    expect(r.rankRange.best).toBe(1);
    expect(r.rankRange.worst).toBe(r.rank);
  });

  it("does not mutate the input recommendation", () => {
    const before = input();
    const snapshot = structuredClone(before);
    rankByTopsis(before);
    expect(before).toEqual(snapshot);
  });

  it("two options on one weighted criterion: the better one is the ideal (100), the other the anti-ideal (0)", () => {
    // price column (3, 4): norm 5, v = (0.6, 0.8); A+ = 0.8, A− = 0.6.
    const out = rankByTopsis(
      rec([option("low", { price: 3 }, { rank: 1 }), option("high", { price: 4 }, { rank: 2 })], {
        price: 1,
        security: 0,
        performance: 0,
        approval: 0,
        ux: 0,
      }),
    );
    expect(out.ranked.map((o) => [o.offerId, o.rank, o.total])).toEqual([
      ["high", 1, 100],
      ["low", 2, 0],
    ]);
  });

  it("all options tied on every factor → closeness 0.5 each, order by cost then id", () => {
    const same = { price: 50, security: 50, performance: 50, approval: 50, ux: 50 };
    const out = rankByTopsis(
      rec([option("z", same, { costHkd: 100 }), option("y", same, { costHkd: 200 }), option("x", same, { costHkd: 100 })], DEFAULT_WEIGHTS),
    );
    expect(out.ranked.map((o) => [o.offerId, o.rank, o.total])).toEqual([
      ["x", 1, 50],
      ["z", 2, 50],
      ["y", 3, 50],
    ]);
  });

  it.each([
    ["no options", [] as RankedOption[]],
    ["one option", [option("solo", { price: 10, security: 20 }, { total: 61.5, rank: 1 })]],
  ])("%s: unchanged except method", (_, ranked) => {
    const before = rec(ranked, DEFAULT_WEIGHTS);
    const out = rankByTopsis(before);
    expect(out).toEqual({ ...before, method: "topsis" });
    expect(out.ranked[0]?.total).toBe(ranked[0]?.total);
  });

  it("can reorder two options when a third is added (the weighted sum cannot)", () => {
    const w: Weights = { price: 0.5, security: 0.5, performance: 0, approval: 0, ux: 0 };
    const a = option("a", { price: 10, security: 10 }, { total: 10 });
    const b = option("b", { price: 0, security: 20 }, { total: 10, costHkd: 2000 });
    const c = option("c", { price: 50, security: 20 }, { total: 35 });

    const pair = byId(rankByTopsis(rec([a, b], w)));
    expect(pair.a!.rank).toBeLessThan(pair.b!.rank);

    const triple = byId(rankByTopsis(rec([a, b, c], w)));
    expect(triple.b!.rank).toBeLessThan(triple.a!.rank);
    expect(triple.c!.rank).toBe(1);
  });

  it("re-ranks an engine recommendation built from catalogue offers", () => {
    const cat = makeCatalogue({
      offers: [
        makeOffer({ id: "cheap", price: { perAcceleratorHour: 10 } }),
        makeOffer({ id: "mid", price: { perAcceleratorHour: 30 } }),
        makeOffer({ id: "dear", price: { perAcceleratorHour: 100 } }),
      ],
    });
    const ws = recommend(makeNeeds(), DEFAULT_WEIGHTS, cat, { referenceDate: TEST_AS_OF });
    const out = rankByTopsis(ws);
    expect(out.method).toBe("topsis");
    expect(out.ranked.map((o) => o.rank)).toEqual([1, 2, 3]);
    // Otherwise identical offers: the cheapest is the ideal on every column that varies, the dearest the anti-ideal.
    expect(out.ranked.map((o) => o.offerId)).toEqual(["cheap", "mid", "dear"]);
    expect(out.ranked[0]!.total).toBe(100);
    expect(out.ranked[2]!.total).toBe(0);
    expect(out.ranked[1]!.total).toBeGreaterThan(0);
    expect(out.ranked[1]!.total).toBeLessThan(100);
  });
});
