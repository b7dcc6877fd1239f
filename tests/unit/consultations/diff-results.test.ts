import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { computeScenario } from "@/lib/consultations/compute-scenario";
import { diffResults } from "@/lib/consultations/diff-results";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { TEST_AS_OF } from "@/tests/fixtures/builders";
import { makeScenarioInput } from "@/tests/fixtures/scenario-builders";

const base = computeScenario(makeScenarioInput(), catalogue, TEST_AS_OF).snapshot.result;

/** The same result with some options' figures changed, as a newer catalogue would give. */
function edit(rec: Recommendation, fn: (r: Recommendation) => Recommendation): Recommendation {
  return fn(structuredClone(rec));
}

describe("diffResults", () => {
  it("reports nothing when the catalogue did not change the result", () => {
    const d = diffResults(base, structuredClone(base));
    expect(d.changedCount).toBe(0);
    expect(d.changes.every((c) => c.kind === "unchanged")).toBe(true);
    expect(d.changes.length).toBe(base.ranked.length + base.excluded.length);
  });

  it("flags a cost change, and a swap of ranks, with before and after figures", () => {
    const [a, b] = base.ranked;
    const after = edit(base, (r) => {
      r.ranked[0]!.costHkd += 1000;
      r.ranked[0]!.rank = 2;
      r.ranked[1]!.rank = 1;
      [r.ranked[0], r.ranked[1]] = [r.ranked[1]!, r.ranked[0]!];
      return r;
    });
    const d = diffResults(base, after);
    const ca = d.changes.find((c) => c.offerId === a!.offerId)!;
    expect(ca).toMatchObject({ kind: "changed", rankBefore: 1, rankAfter: 2, costHkdBefore: a!.costHkd, costHkdAfter: a!.costHkd + 1000 });
    expect(d.changes.find((c) => c.offerId === b!.offerId)).toMatchObject({ kind: "changed", rankBefore: 2, rankAfter: 1 });
    expect(d.changedCount).toBe(2);
    // Sorted by the new rank.
    expect(d.changes[0]!.offerId).toBe(b!.offerId);
  });

  it("ignores sub-cent rounding in costs", () => {
    const after = edit(base, (r) => ((r.ranked[0]!.costHkd += 0.001), r));
    expect(diffResults(base, after).changedCount).toBe(0);
  });

  it("tells options that left the ranking, entered it, or appeared / disappeared from the catalogue", () => {
    const out = base.ranked[2]!;
    const gone = base.excluded[0]!;
    const after = edit(base, (r) => {
      r.ranked = r.ranked.filter((x) => x.offerId !== out.offerId);
      r.excluded = r.excluded.filter((x) => x.offerId !== gone.offerId);
      r.excluded.push({
        offerId: out.offerId,
        provider: out.provider,
        name: out.name,
        family: out.family,
        region: out.region,
        ruleChecks: [],
        reasons: [],
      });
      r.excluded.push({ offerId: "brand-new", provider: "New", name: "Offer", family: "cloud", region: "hk", ruleChecks: [], reasons: [] });
      r.catalogueVersion = "2099.01.01";
      return r;
    });
    const d = diffResults(base, after);
    const kind = (id: string) => d.changes.find((c) => c.offerId === id)?.kind;
    expect(kind(out.offerId)).toBe("now-excluded");
    expect(kind(gone.offerId)).toBe("removed");
    expect(kind("brand-new")).toBe("new");
    expect(d.catalogueAfter).toBe("2099.01.01");
    expect(diffResults(after, base).changes.find((c) => c.offerId === out.offerId)?.kind).toBe("now-ranked");
  });

  it("sees a real change of needs (HK-only residency) as rank and ranking changes", () => {
    const hk = computeScenario(makeScenarioInput({ residency: "hk-only" }), catalogue, TEST_AS_OF).snapshot.result;
    const d = diffResults(base, hk);
    expect(d.changedCount).toBeGreaterThan(0);
    expect(d.changes.some((c) => c.kind === "now-excluded")).toBe(true);
  });
});
