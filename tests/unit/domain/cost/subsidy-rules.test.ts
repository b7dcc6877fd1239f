import { describe, expect, it } from "vitest";
import { estimateCost } from "@/lib/domain/cost/estimate-cost";
import { makeCostContext, makeNeeds, makeOffer, makeSubsidy } from "@/tests/fixtures/builders";
import type { NeedsInput } from "@/lib/needs/needs-schema";
import type { SubsidyScheme } from "@/lib/catalogue/offer-schema";

/**
 * Subsidy rules of docs/method.md §2. Offer: 1,000 GPU-h a month at HKD 20 (CNY offers below
 * use CNY 20 × 1.1 = HKD 22), so one month of compute is HKD 20,000 (HKD 22,000).
 */
const shenzhen = makeSubsidy({
  id: "sz-voucher",
  coveragePct: 50,
  city: "shenzhen",
  eligibleOrganisations: ["mainland-entity", "university"],
});
const shanghai = makeSubsidy({ id: "sh-voucher", coveragePct: 30, city: "shanghai", eligibleOrganisations: ["mainland-entity"] });
const aiss = makeSubsidy({
  id: "hk-aiss",
  coveragePct: 70,
  endsOn: "2027-10-31",
  shareBounds: { default: 0.7, min: 0.7, max: 0.9 },
  eligibleOrganisations: ["hk-company"],
});

function cost(
  offerCity: string | undefined,
  schemes: string[],
  needs: Partial<NeedsInput> = {},
  subsidies: SubsidyScheme[] = [shenzhen, shanghai],
  projectStart = "2027-01-01",
) {
  const offer = makeOffer({
    price: { currency: "CNY", perAcceleratorHour: 20 },
    location: { country: "CN", jurisdiction: "CN", label: "Mainland", ...(offerCity ? { city: offerCity } : {}) },
    subsidySchemes: schemes,
  });
  const ctx = makeCostContext({ subsidies, projectStart });
  return estimateCost(offer, makeNeeds({ organisation: { hkRegistered: true, mainlandEntity: true }, ...needs }), ctx);
}

describe("city vouchers: scope by city, never two cities stacked", () => {
  it("the Shenzhen voucher pays on a Shenzhen facility: 50% of HKD 22,000", () => {
    const est = cost("shenzhen", ["sz-voucher"], { subsidies: ["sz-voucher"] });
    expect(est.totalHkd).toBeCloseTo(11_000, 6);
  });

  it.each([["ulanqab"], ["guiyang"], ["shanghai"], [undefined]])("the Shenzhen voucher pays nothing on a facility in %s", (city) => {
    const est = cost(city, ["sz-voucher"], { subsidies: ["sz-voucher"] });
    expect(est.totalHkd).toBeCloseTo(22_000, 6);
    expect(est.notes).toContainEqual({
      code: "subsidy.wrong-city",
      params: { scheme: "sz-voucher", city: "shenzhen", offerCity: city ?? "" },
    });
  });

  it("a Shanghai facility listing both vouchers takes Shanghai's 30% only, not 65%", () => {
    const est = cost("shanghai", ["sz-voucher", "sh-voucher"], { subsidies: ["sz-voucher", "sh-voucher"] });
    expect(est.lines.filter((l) => l.kind === "subsidy").map((l) => l.label)).toEqual(["subsidy:sh-voucher"]);
    expect(est.totalHkd).toBeCloseTo(22_000 * 0.7, 6);
  });

  it("Shenzhen's voucher admits a university", () => {
    const est = cost("shenzhen", ["sz-voucher"], { subsidies: ["sz-voucher"], organisation: { hkRegistered: false, university: true } });
    expect(est.totalHkd).toBeCloseTo(11_000, 6);
  });
});

describe("a scheme's end date: months after it are at list price, itemised", () => {
  const hk = (needs: Partial<NeedsInput>, projectStart: string) => {
    const offer = makeOffer({ subsidySchemes: ["hk-aiss"] });
    const ctx = makeCostContext({ subsidies: [aiss], projectStart });
    return estimateCost(offer, makeNeeds({ subsidies: ["hk-aiss"], ...needs }), ctx);
  };

  it("12 months from 2027-01-01 with AISS ending 2027-10-31: 10 months at 70%, 2 at list", () => {
    // compute = 12 × 20,000 = 240,000; subsidised base = 240,000 × 10/12 = 200,000; subsidy = 140,000
    const est = hk({ durationMonths: 12 }, "2027-01-01");
    const line = est.lines.find((l) => l.label === "subsidy:hk-aiss");
    expect(line?.amountHkd).toBeCloseTo(-140_000, 6);
    expect(line).toMatchObject({ quantity: 200_000, unit: "hkd", factor: -0.7 });
    expect(line?.adjustments).toContainEqual({ kind: "subsidised-months", months: 10, ofMonths: 12, endsOn: "2027-10-31" });
    expect(est.notes).toContainEqual({
      code: "subsidy.ends",
      params: { scheme: "hk-aiss", endsOn: "2027-10-31", monthsSubsidised: 10, monthsAtListPrice: 2 },
    });
    expect(est.totalHkd).toBeCloseTo(100_000, 6);
  });

  it("a project inside the scheme's life is fully subsidised and carries no end note", () => {
    const est = hk({ durationMonths: 6 }, "2027-01-01");
    expect(est.totalHkd).toBeCloseTo(120_000 * 0.3, 6);
    expect(est.notes.map((n) => n.code)).not.toContain("subsidy.ends");
  });

  it("a project starting after the end pays list price for every month", () => {
    expect(hk({ durationMonths: 3 }, "2027-11-01").totalHkd).toBeCloseTo(60_000, 6);
  });

  it("a settable share (an exceptional 90% AISS grant) replaces the default 70%", () => {
    const est = hk({ durationMonths: 6, subsidyShares: { "hk-aiss": 0.9 } }, "2027-01-01");
    expect(est.totalHkd).toBeCloseTo(120_000 * 0.1, 6);
    expect(est.lines.find((l) => l.kind === "subsidy")?.adjustments).toContainEqual({ kind: "subsidy-share", share: 0.9 });
  });
});
