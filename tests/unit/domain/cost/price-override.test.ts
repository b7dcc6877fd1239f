import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { checkNeedsReferences } from "@/lib/api/recommend-request";
import { estimateCost } from "@/lib/domain/cost/estimate-cost";
import { overrideFor, providerLookup } from "@/lib/domain/cost/price-override";
import { recommend } from "@/lib/domain/scoring/recommend";
import { normaliseWeights } from "@/lib/domain/factors";
import { WEIGHT_PRESETS } from "@/lib/domain/weights/weight-presets";
import { needsSchema, type Needs, type PriceOverride } from "@/lib/needs/needs-schema";
import { DEFAULT_NEEDS } from "@/lib/needs/needs-presets";
import { makeNeeds, makeOffer, makeCostContext } from "@/tests/fixtures/builders";

const weights = normaliseWeights(WEIGHT_PRESETS[0]!.weights);
const REFERENCE_DATE = "2026-12-01";

const ctx = makeCostContext;

/** Cost of every offer (ranked or excluded) under some overrides, for needs every AISC offer is costed for. */
function costs(priceOverrides: PriceOverride[]): Map<string, number> {
  const needs: Needs = { ...DEFAULT_NEEDS, priceOverrides, budgetHkd: null, startBy: null };
  const rec = recommend(needs, weights, catalogue, { referenceDate: REFERENCE_DATE });
  return new Map(rec.ranked.map((r) => [r.offerId, r.costHkd]));
}

const AISC = catalogue.offers.filter((o) => o.family === "hk-sc");
const AISC_PROVIDER = AISC[0]!.provider;

describe("overrideFor (which override prices an offer)", () => {
  const a1 = makeOffer({ id: "a1", provider: "Acme" });
  const a2 = makeOffer({ id: "a2", provider: "Acme" });
  const b1 = makeOffer({ id: "b1", provider: "Beta" });
  const providerOf = providerLookup([a1, a2, b1]);
  const wide: PriceOverride = { offerId: "a1", scope: "provider", quotedPricePerAcceleratorHour: 5, currency: "HKD" };
  const own: PriceOverride = { offerId: "a2", discountPct: 10, currency: "HKD" };

  it("a provider-wide override named through one offer reaches every offer of that provider, and no other", () => {
    expect(overrideFor([wide], a1, providerOf)).toBe(wide);
    expect(overrideFor([wide], a2, providerOf)).toBe(wide);
    expect(overrideFor([wide], b1, providerOf)).toBeUndefined();
  });

  it("an offer's own override wins over its provider's, whatever the order", () => {
    expect(overrideFor([wide, own], a2, providerOf)).toBe(own);
    expect(overrideFor([own, wide], a2, providerOf)).toBe(own);
    expect(overrideFor([own, wide], a1, providerOf)).toBe(wide);
  });

  it("an override without scope stays an offer override (links and API bodies made before scopes)", () => {
    const legacy: PriceOverride = { offerId: "a1", discountPct: 20, currency: "HKD" };
    expect(overrideFor([legacy], a1, providerOf)).toBe(legacy);
    expect(overrideFor([legacy], a2, providerOf)).toBeUndefined();
  });

  it("estimateCost prices a sibling offer at the provider-wide quote", () => {
    const needs = makeNeeds({ priceOverrides: [{ offerId: "a1", scope: "provider", quotedPricePerAcceleratorHour: 5, currency: "HKD" }] });
    const sibling = makeOffer({ id: "a2", provider: "Acme" });
    const withLookup = estimateCost(sibling, needs, ctx({ providerOf }));
    const compute = withLookup.lines.find((l) => l.kind === "compute")!;
    expect(compute.unitPrice).toBe(5);
    expect(withLookup.override).toEqual({ kind: "quote", priceHkd: 5 });
    expect(estimateCost(makeOffer({ id: "b1", provider: "Beta" }), needs, ctx({ providerOf })).override).toBeNull();
  });
});

describe("recommend with a provider-wide override (the HK AI supercomputing centre)", () => {
  const base = costs([]);
  const ranked = AISC.filter((o) => base.has(o.id));

  it("costs at least the two main centre offers", () => {
    expect(ranked.map((o) => o.id)).toEqual(expect.arrayContaining(["cyberport-aisc-aiss", "cyberport-aisc-commercial"]));
  });

  it.each([12, 40 * 3])("a quote of HK$%d per GPU-hour for the centre changes every centre row and no other", (quote) => {
    const after = costs([{ offerId: AISC[0]!.id, scope: "provider", quotedPricePerAcceleratorHour: quote, currency: "HKD" }]);
    for (const o of ranked) expect(after.get(o.id), o.id).not.toBe(base.get(o.id));
    for (const [id, cost] of base) {
      if (!AISC.some((o) => o.id === id)) expect(after.get(id), id).toBe(cost);
    }
  });

  it("the same quote named through another centre offer gives the same costs", () => {
    const q = (offerId: string) => costs([{ offerId, scope: "provider", quotedPricePerAcceleratorHour: 12, currency: "HKD" }]);
    expect(q("cyberport-aisc-commercial")).toEqual(q("cyberport-aisc-aiss"));
  });

  it("an offer's own quote wins over the centre-wide one", () => {
    const both = costs([
      { offerId: "cyberport-aisc-aiss", scope: "provider", quotedPricePerAcceleratorHour: 12, currency: "HKD" },
      { offerId: "cyberport-aisc-commercial", quotedPricePerAcceleratorHour: 30, currency: "HKD" },
    ]);
    const wideOnly = costs([{ offerId: "cyberport-aisc-aiss", scope: "provider", quotedPricePerAcceleratorHour: 12, currency: "HKD" }]);
    const ownOnly = costs([{ offerId: "cyberport-aisc-commercial", quotedPricePerAcceleratorHour: 30, currency: "HKD" }]);
    expect(both.get("cyberport-aisc-commercial")).toBe(ownOnly.get("cyberport-aisc-commercial"));
    expect(both.get("cyberport-aisc-aiss")).toBe(wideOnly.get("cyberport-aisc-aiss"));
  });
});

describe("price override input: scope and uniqueness", () => {
  const parse = (priceOverrides: unknown[]) => needsSchema.safeParse({ ...DEFAULT_NEEDS, priceOverrides });

  it("keeps offer-id overrides without scope valid, unchanged", () => {
    const r = parse([{ offerId: "cyberport-aisc-aiss", discountPct: 5 }]);
    expect(r.success && r.data.priceOverrides).toEqual([{ offerId: "cyberport-aisc-aiss", discountPct: 5, currency: "HKD" }]);
  });

  it("accepts an offer override and a provider-wide one naming the same offer", () => {
    expect(
      parse([
        { offerId: "cyberport-aisc-aiss", discountPct: 5 },
        { offerId: "cyberport-aisc-aiss", scope: "provider", quotedPricePerAcceleratorHour: 12 },
      ]).success,
    ).toBe(true);
  });

  it("rejects the same offer twice in one scope, at the second entry's offerId", () => {
    for (const scope of [undefined, "provider"] as const) {
      const r = parse([
        { offerId: "cyberport-aisc-aiss", scope, discountPct: 5 },
        { offerId: "cyberport-aisc-aiss", scope, discountPct: 9 },
      ]);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["priceOverrides.1.offerId"]);
    }
  });

  it("rejects an unknown scope", () => {
    expect(parse([{ offerId: "cyberport-aisc-aiss", scope: "world", discountPct: 5 }]).success).toBe(false);
  });

  it("rejects two provider-wide overrides for one provider through different offers (reference check)", () => {
    const needs = needsSchema.parse({
      ...DEFAULT_NEEDS,
      priceOverrides: [
        { offerId: "cyberport-aisc-aiss", scope: "provider", discountPct: 5 },
        { offerId: "cyberport-aisc-poc", scope: "provider", discountPct: 9 },
        { offerId: "cyberport-aisc-commercial", discountPct: 9 },
      ],
    });
    const issues = checkNeedsReferences(needs, catalogue, ["needs"]);
    expect(issues.map((i) => [i.path.join("."), (i as { params?: { key?: string } }).params?.key])).toEqual([
      ["needs.priceOverrides.1.offerId", "duplicate-provider"],
    ]);
    expect(AISC_PROVIDER).toBe(catalogue.offers.find((o) => o.id === "cyberport-aisc-poc")!.provider);
  });
});
