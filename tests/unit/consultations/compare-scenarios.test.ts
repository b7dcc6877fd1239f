import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { compareScenarios, COMPARE_TOP_N } from "@/lib/consultations/compare-scenarios";
import { computeScenario } from "@/lib/consultations/compute-scenario";
import { TEST_AS_OF } from "@/tests/fixtures/builders";
import { makeScenarioInput } from "@/tests/fixtures/scenario-builders";

const scenario = (id: string, needs: Parameters<typeof makeScenarioInput>[0] = {}) => {
  const c = computeScenario(makeScenarioInput(needs), catalogue, TEST_AS_OF);
  return { id, name: id, input: c.input, result: c.snapshot.result };
};

describe("compareScenarios", () => {
  const base = scenario("base");
  const hk = scenario("hk", { residency: "hk-only" });

  it("lists the union of each scenario's top options, best rank first, with one cell per scenario", () => {
    const cmp = compareScenarios([base, hk]);
    const tops = new Set(
      [...base.result.ranked.slice(0, COMPARE_TOP_N), ...hk.result.ranked.slice(0, COMPARE_TOP_N)].map((r) => r.offerId),
    );
    expect(new Set(cmp.rows.map((r) => r.offerId))).toEqual(tops);
    expect(cmp.rows.every((r) => r.cells.length === 2)).toBe(true);
    const offer = (id: string) => catalogue.offers.find((o) => o.id === id)!;
    expect(cmp.rows.map((r) => r.location)).toEqual(cmp.rows.map((r) => offer(r.offerId).location.label));
    const best = cmp.rows.map((r) => Math.min(...r.cells.map((c) => c.rank ?? Infinity)));
    expect(best).toEqual([...best].sort((a, b) => a - b));
    expect(cmp.scenarios.map((s) => s.topOfferId)).toEqual([base.result.ranked[0]?.offerId ?? null, hk.result.ranked[0]?.offerId ?? null]);
  });

  it("marks an option ranked in one scenario and not the other as different, and names the residency rule as the changed input", () => {
    const cmp = compareScenarios([base, hk]);
    const onlyInBase = cmp.rows.find((r) => r.cells[0]!.rank !== null && r.cells[1]!.rank === null);
    expect(onlyInBase?.differs).toEqual({ rank: true, total: true, cost: true });
    expect(cmp.inputDifferences).toEqual([{ path: "needs.residency", values: ["anywhere", "hk-only"] }]);
  });

  it("finds no differences between identical scenarios", () => {
    const cmp = compareScenarios([base, { ...base, id: "copy" }]);
    expect(cmp.inputDifferences).toEqual([]);
    expect(cmp.rows.every((r) => !r.differs.rank && !r.differs.total && !r.differs.cost)).toBe(true);
  });

  it("compares up to four, and a changed weight shows as an input difference", () => {
    const cost = {
      ...scenario("cost"),
      input: { ...base.input, weights: { price: 0.6, security: 0.1, performance: 0.1, approval: 0.1, ux: 0.1 } },
    };
    const cmp = compareScenarios([base, hk, scenario("big", { gpuHoursPerMonth: 20000 }), cost]);
    expect(cmp.scenarios).toHaveLength(4);
    expect(cmp.inputDifferences.map((d) => d.path)).toEqual(
      expect.arrayContaining(["needs.gpuHoursPerMonth", "needs.residency", "weights.price"]),
    );
  });
});
