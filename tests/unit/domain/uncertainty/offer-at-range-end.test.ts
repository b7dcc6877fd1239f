import { describe, expect, it } from "vitest";
import { RANGE_PATHS } from "@/lib/catalogue/catalogue-vocabulary";
import { offerAtRangeEnd, rangedPaths } from "@/lib/domain/uncertainty/offer-at-range-end";
import { makeOffer } from "@/tests/fixtures/builders";

const reasoning = "hand-made range for the offer-at-range-end test";

/** Every rangeable figure carries a range around its value. */
const fullyRanged = () =>
  makeOffer({
    price: { perAcceleratorHour: 20 },
    storage: { pricePerTbMonth: 100 },
    egress: { pricePerTb: 50 },
    leadTimeDays: 10,
    queueWaitDays: 3,
    maxAccelerators: 64,
    ranges: {
      "price.perAcceleratorHour": { low: 15, high: 30, reasoning },
      "storage.pricePerTbMonth": { low: 80, high: 120, reasoning },
      "egress.pricePerTb": { low: 40, high: 70, reasoning },
      leadTimeDays: { low: 5, high: 20, reasoning },
      queueWaitDays: { low: 1, high: 7, reasoning },
      maxAccelerators: { low: 32, high: 128, reasoning },
    },
  });

const figures = (o: ReturnType<typeof makeOffer>) => ({
  price: o.price.perAcceleratorHour,
  storage: o.storage.pricePerTbMonth,
  egress: o.egress.pricePerTb,
  lead: o.leadTimeDays,
  queue: o.queueWaitDays,
  max: o.maxAccelerators,
});

describe("offerAtRangeEnd", () => {
  it.each([
    ["favourable", "lowest costs and waits, highest capacity", { price: 15, storage: 80, egress: 40, lead: 5, queue: 1, max: 128 }],
    ["unfavourable", "highest costs and waits, lowest capacity", { price: 30, storage: 120, egress: 70, lead: 20, queue: 7, max: 32 }],
  ] as const)("%s end: %s", (end, _what, expected) => {
    expect(figures(offerAtRangeEnd(fullyRanged(), end))).toEqual(expected);
  });

  it("with `only`, moves that one figure and keeps every other at its value", () => {
    const offer = fullyRanged();
    const moved = offerAtRangeEnd(offer, "unfavourable", "leadTimeDays");
    expect(figures(moved)).toEqual({ ...figures(offer), lead: 20 });
  });

  it("keeps figures without a range at their value", () => {
    const offer = makeOffer({
      price: { perAcceleratorHour: 20 },
      queueWaitDays: 4,
      ranges: { "price.perAcceleratorHour": { low: 10, high: 25, reasoning } },
    });
    const fav = offerAtRangeEnd(offer, "favourable");
    expect(fav.price.perAcceleratorHour).toBe(10);
    expect(fav.queueWaitDays).toBe(4);
    expect(fav.maxAccelerators).toBe(offer.maxAccelerators);
  });

  it("returns the same figures for an offer with no ranges at all", () => {
    const offer = makeOffer();
    expect(offerAtRangeEnd(offer, "favourable")).toEqual(offer);
    expect(offerAtRangeEnd(offer, "unfavourable")).toEqual(offer);
  });

  it("rounds a fractional capacity end to a whole number of accelerators", () => {
    const offer = makeOffer({ maxAccelerators: 10, ranges: { maxAccelerators: { low: 7.4, high: 12.6, reasoning } } });
    expect(offerAtRangeEnd(offer, "favourable").maxAccelerators).toBe(13);
    expect(offerAtRangeEnd(offer, "unfavourable").maxAccelerators).toBe(7);
  });

  it("is pure: the input offer is unchanged and other fields are carried over", () => {
    const offer = fullyRanged();
    const before = structuredClone(offer);
    const moved = offerAtRangeEnd(offer, "unfavourable");
    expect(offer).toEqual(before);
    expect(moved).not.toBe(offer);
    expect(moved.price.currency).toBe(offer.price.currency);
    expect(moved.id).toBe(offer.id);
    expect(moved.ranges).toEqual(offer.ranges);
  });
});

describe("rangedPaths", () => {
  it("is empty for an offer without ranges", () => {
    expect(rangedPaths(makeOffer())).toEqual([]);
  });

  it("lists every path, in the vocabulary's order, for a fully ranged offer", () => {
    expect(rangedPaths(fullyRanged())).toEqual([...RANGE_PATHS]);
  });

  it("lists only the ranged paths, in the vocabulary's order whatever the key order", () => {
    const offer = makeOffer({
      queueWaitDays: 2,
      ranges: {
        queueWaitDays: { low: 1, high: 3, reasoning },
        "price.perAcceleratorHour": { low: 10, high: 30, reasoning },
      },
    });
    expect(rangedPaths(offer)).toEqual(RANGE_PATHS.filter((p) => p === "queueWaitDays" || p === "price.perAcceleratorHour"));
  });
});
