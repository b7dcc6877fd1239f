import { describe, expect, it } from "vitest";
import { shareBounds } from "@/lib/domain/cost/share-bounds";
import { listPriceHkdPerHour } from "@/lib/domain/cost/list-price";
import { makeOffer, TEST_FX } from "@/tests/fixtures/builders";

describe("shareBounds", () => {
  it("returns the scheme's published bounds", () => {
    expect(shareBounds({ coveragePct: 70, shareBounds: { default: 0.7, min: 0, max: 0.9 } })).toEqual({ default: 0.7, min: 0, max: 0.9 });
  });

  it("pins the share to the default when a scheme publishes no bounds", () => {
    expect(shareBounds({ coveragePct: 30 })).toEqual({ default: 0.3, min: 0.3, max: 0.3 });
  });
});

describe("listPriceHkdPerHour", () => {
  it("converts the catalogue price with the dated FX rate", () => {
    expect(
      listPriceHkdPerHour(makeOffer({ price: { currency: "USD", perAcceleratorHour: 2, billingUnit: "per-hour" } }), TEST_FX),
    ).toBeCloseTo(15.6, 10);
    expect(
      listPriceHkdPerHour(makeOffer({ price: { currency: "CNY", perAcceleratorHour: 10, billingUnit: "per-hour" } }), TEST_FX),
    ).toBeCloseTo(11, 10);
  });

  it("leaves an HKD price as it is", () => {
    expect(listPriceHkdPerHour(makeOffer({ price: { currency: "HKD", perAcceleratorHour: 40, billingUnit: "card-hour" } }), TEST_FX)).toBe(
      40,
    );
  });
});
