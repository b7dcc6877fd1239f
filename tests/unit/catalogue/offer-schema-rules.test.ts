import { describe, expect, it } from "vitest";
import { offerSchema, sourceSchema, subsidySchemeSchema } from "@/lib/catalogue/offer-schema";
import { regionOf } from "@/lib/catalogue/region";
import { ALL_FIGURES_SOURCE, makeOffer, makeSubsidy } from "@/tests/fixtures/builders";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.map(String).join(".")}: ${i.message}`);

const estimate = {
  url: "https://example.com/e",
  asOf: "2026-01-01",
  basis: "estimate",
  covers: ["price.perAcceleratorHour"],
  note: "our estimate from two public figures",
};

describe("catalogue schema: estimates carry their dates and ranges", () => {
  it("an estimate needs madeOn, not before its oldest input (asOf); a vendor source may not have one", () => {
    expect(sourceSchema.safeParse({ ...estimate, madeOn: "2026-11-01" }).success).toBe(true);
    expect(issues(sourceSchema.safeParse(estimate))).toEqual([expect.stringMatching(/^madeOn: an estimate needs madeOn/)]);
    expect(issues(sourceSchema.safeParse({ ...estimate, madeOn: "2025-12-31" }))).toEqual([
      expect.stringMatching(/^madeOn: madeOn must not be before asOf/),
    ]);
    expect(issues(sourceSchema.safeParse({ ...ALL_FIGURES_SOURCE, madeOn: "2026-11-01" }))).toEqual([
      "madeOn: only an estimate has a madeOn date",
    ]);
  });

  it.each([
    ["vendor", true],
    ["government", true],
    ["third-party", false],
    ["estimate", false],
  ] as const)("a %s source without a note is accepted: %s", (basis, accepted) => {
    const { note: _, ...noNote } = { ...estimate, basis, madeOn: basis === "estimate" ? "2026-11-01" : undefined };
    const r = sourceSchema.safeParse(JSON.parse(JSON.stringify(noNote)));
    expect(r.success).toBe(accepted);
    if (!accepted) expect(issues(r)).toEqual([expect.stringMatching(/^note: a third-party or estimate source needs a note/)]);
    // A short note is no better than none for the weaker kinds of evidence.
    expect(sourceSchema.safeParse(JSON.parse(JSON.stringify({ ...noNote, note: "see page" }))).success).toBe(accepted);
  });

  const priced = (ranges: unknown) => {
    const o = makeOffer();
    return offerSchema.safeParse({
      ...o,
      sources: [
        { ...ALL_FIGURES_SOURCE, covers: ALL_FIGURES_SOURCE.covers.filter((c) => c !== "price.perAcceleratorHour") },
        { ...estimate, madeOn: "2026-11-01" },
      ],
      ...(ranges === undefined ? {} : { ranges }),
    });
  };

  it("a price resting only on an estimate needs a range that contains it", () => {
    expect(issues(priced(undefined))).toEqual([expect.stringMatching(/^ranges\.price\.perAcceleratorHour: .*needs a range/)]);
    expect(priced({ "price.perAcceleratorHour": { low: 15, high: 30, reasoning: "from the two public figures" } }).success).toBe(true);
    expect(issues(priced({ "price.perAcceleratorHour": { low: 25, high: 30, reasoning: "from the two public figures" } }))).toEqual([
      "ranges.price.perAcceleratorHour: the figure (20) must lie within low 25 – high 30",
    ]);
    expect(issues(priced({ "price.perAcceleratorHour": { low: 30, high: 15, reasoning: "from the two public figures" } }))).toContain(
      "ranges.price.perAcceleratorHour.low: low must not exceed high",
    );
  });

  it("every offer has local names in zh-HK and zh-CN", () => {
    const { i18n: _, ...withoutNames } = makeOffer();
    expect(offerSchema.safeParse(withoutNames).success).toBe(false);
  });

  it("a scheme's default share must equal its coverage and lie within its bounds", () => {
    const s = makeSubsidy({ coveragePct: 70 });
    expect(subsidySchemeSchema.safeParse({ ...s, shareBounds: { default: 0.7, min: 0.7, max: 0.9 } }).success).toBe(true);
    expect(issues(subsidySchemeSchema.safeParse({ ...s, shareBounds: { default: 0.5, min: 0.5, max: 0.9 } }))).toEqual([
      "shareBounds.default: shareBounds.default must equal coveragePct / 100",
    ]);
    expect(subsidySchemeSchema.safeParse({ ...s, shareBounds: { default: 0.7, min: 0.8, max: 0.9 } }).success).toBe(false);
  });
});

describe("regionOf", () => {
  it.each([
    ["HK", "hk"],
    ["CN", "mainland"],
    ["SG", "overseas"],
    ["EU", "overseas"],
  ])("%s → %s", (j, region) => expect(regionOf(j)).toBe(region));
});
