import { describe, expect, it } from "vitest";
import { RANGE_PATHS } from "@/lib/catalogue/catalogue-vocabulary";
import { rangedFigureValue, setRangedFigure } from "@/lib/catalogue/ranged-figure";
import { makeOffer } from "@/tests/fixtures/builders";

describe("ranged figures: each range path reads and writes its own offer field", () => {
  it.each([
    ["price.perAcceleratorHour", (o: ReturnType<typeof makeOffer>) => o.price.perAcceleratorHour],
    ["storage.pricePerTbMonth", (o: ReturnType<typeof makeOffer>) => o.storage.pricePerTbMonth],
    ["egress.pricePerTb", (o: ReturnType<typeof makeOffer>) => o.egress.pricePerTb],
    ["leadTimeDays", (o: ReturnType<typeof makeOffer>) => o.leadTimeDays],
    ["queueWaitDays", (o: ReturnType<typeof makeOffer>) => o.queueWaitDays],
    ["maxAccelerators", (o: ReturnType<typeof makeOffer>) => o.maxAccelerators],
  ] as const)("%s", (path, field) => {
    const offer = makeOffer();
    expect(rangedFigureValue(offer, path)).toBe(field(offer));
    const others = RANGE_PATHS.filter((p) => p !== path).map((p) => [p, rangedFigureValue(offer, p)]);
    setRangedFigure(offer, path, 4321);
    expect(field(offer)).toBe(4321);
    expect(rangedFigureValue(offer, path)).toBe(4321);
    // Writing one figure leaves every other rangeable figure as it was.
    expect(RANGE_PATHS.filter((p) => p !== path).map((p) => [p, rangedFigureValue(offer, p)])).toEqual(others);
  });

  it("covers every range path", () => {
    const offer = makeOffer();
    for (const p of RANGE_PATHS) expect(Number.isFinite(rangedFigureValue(offer, p))).toBe(true);
  });

  it("writes a queue wait into a raw offer file that leaves it out (the schema's default)", () => {
    const { queueWaitDays: _, ...raw } = makeOffer();
    setRangedFigure(raw, "queueWaitDays", 3);
    expect(raw).toMatchObject({ queueWaitDays: 3 });
  });
});
