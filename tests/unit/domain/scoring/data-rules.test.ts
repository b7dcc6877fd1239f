import { describe, expect, it } from "vitest";
import { recommend, type Recommendation } from "@/lib/domain/scoring/recommend";
import { DEFAULT_WEIGHTS } from "@/lib/domain/weights/default-weights";
import { EXPORT_FILING_DAYS } from "@/lib/domain/data-transfer";
import { GBA_ROUTE_HK_FIT, JURISDICTION_FIT } from "@/lib/domain/scoring/jurisdiction-policy";
import type { NeedsInput } from "@/lib/needs/needs-schema";
import { TEST_AS_OF, makeCatalogue, makeNeeds, makeOffer } from "@/tests/fixtures/builders";

const offers = [
  makeOffer({ id: "hk", leadTimeDays: 5 }),
  makeOffer({ id: "cn", location: { country: "CN", jurisdiction: "CN", label: "Shenzhen", city: "shenzhen" }, leadTimeDays: 5 }),
  makeOffer({ id: "sg", location: { country: "SG", jurisdiction: "SG", label: "Singapore" }, leadTimeDays: 5 }),
];
const run = (needs: Partial<NeedsInput>): Recommendation =>
  recommend(makeNeeds(needs), DEFAULT_WEIGHTS, makeCatalogue({ offers }), { referenceDate: TEST_AS_OF });
const row = (rec: Recommendation, id: string) => {
  const r = rec.ranked.find((x) => x.offerId === id);
  if (!r) throw new Error(`${id} not ranked`);
  return r;
};

describe("PIPL: mainland-origin personal information is a penalty and a filing, not an exclusion", () => {
  it("ranks every region, adding the national standard-contract filing time outside the mainland", () => {
    const rec = run({ dataSensitivity: "mainland-origin" });
    expect(rec.ranked.map((r) => r.offerId).sort()).toEqual(["cn", "hk", "sg"]);
    expect(row(rec, "cn").timeToResult.leadDays).toBe(5);
    expect(row(rec, "hk").timeToResult.leadDays).toBe(5 + EXPORT_FILING_DAYS["standard-contract"]);
    expect(row(rec, "sg").timeToResult.leadDays).toBe(5 + 30);
    expect(row(rec, "sg").warnings).toEqual([
      { key: "pipl.export", destination: "SG", route: "standard-contract", filingDays: 30, laws: ["cn-pipl"] },
    ]);
    expect(row(rec, "cn").warnings).toEqual([]);
    expect(row(rec, "sg").factorDetails.approval.reasons).toContainEqual({
      code: "approval.export-filing",
      params: { days: 30, offerDays: 5 },
    });
    expect(row(rec, "sg").factorDetails.approval.inputs.leadTimeDays).toBe(35);
    expect(row(rec, "cn").factorDetails.approval.reasons.map((r) => r.code)).not.toContain("approval.export-filing");
    // security: the mainland keeps full fit; Hong Kong and Singapore are penalised
    expect(row(rec, "cn").factorDetails.security.inputs.jurisdictionFit).toBe(100);
    expect(row(rec, "hk").factorDetails.security.inputs.jurisdictionFit).toBe(JURISDICTION_FIT["mainland-origin"].hk);
    expect(row(rec, "sg").factorDetails.security.inputs.jurisdictionFit).toBe(JURISDICTION_FIT["mainland-origin"]["strong-privacy"]);
  });

  it("data from a GBA city takes the lighter GBA standard-contract route to Hong Kong only", () => {
    const rec = run({ dataSensitivity: "mainland-origin", mainlandDataOrigin: "gba" });
    expect(row(rec, "hk").timeToResult.leadDays).toBe(5 + EXPORT_FILING_DAYS["gba-standard-contract"]);
    expect(row(rec, "hk").warnings).toMatchObject([{ key: "pipl.export", route: "gba-standard-contract", filingDays: 14 }]);
    expect(row(rec, "hk").factorDetails.security.inputs.jurisdictionFit).toBe(GBA_ROUTE_HK_FIT);
    expect(row(rec, "sg").timeToResult.leadDays).toBe(35);
  });

  it("the filing time counts against a start date: a 20-day window keeps only the mainland and GBA-route options", () => {
    const rec = run({ dataSensitivity: "mainland-origin", mainlandDataOrigin: "gba", startBy: "2026-12-15" });
    expect(rec.ranked.map((r) => r.offerId).sort()).toEqual(["cn", "hk"]);
    const sg = rec.excluded.find((e) => e.offerId === "sg");
    expect(sg?.ruleChecks.find((c) => c.rule === "lead-time")).toEqual({
      rule: "lead-time",
      passed: false,
      need: { startBy: "2026-12-15", availableDays: 20 },
      offer: { leadTimeDays: 35, baseLeadTimeDays: 5, exportFilingDays: 30 },
    });
  });

  it("important data / CII data stays in the mainland: Hong Kong and Singapore are excluded", () => {
    const rec = run({ dataSensitivity: "mainland-important" });
    expect(rec.ranked.map((r) => r.offerId)).toEqual(["cn"]);
    for (const id of ["hk", "sg"]) {
      const e = rec.excluded.find((x) => x.offerId === id);
      expect(e?.ruleChecks.find((c) => c.rule === "sensitivity")).toMatchObject({
        passed: false,
        need: { sensitivity: "mainland-important", allowed: ["CN"] },
      });
    }
  });
});

describe("cross-border warning for personal data leaving Hong Kong", () => {
  it("names PDPO DPP1 and DPP3, the PCPD model clauses and the destination's law", () => {
    const rec = run({ dataSensitivity: "personal" });
    expect(row(rec, "hk").warnings).toEqual([]);
    expect(row(rec, "cn").warnings).toEqual([
      { key: "crossBorder.personal", destination: "CN", laws: ["pdpo-dpp1", "pdpo-dpp3", "pcpd-model-clauses", "cn-pipl", "cn-dsl"] },
    ]);
    expect(row(rec, "sg").warnings).toEqual([
      { key: "crossBorder.personal", destination: "SG", laws: ["pdpo-dpp1", "pdpo-dpp3", "pcpd-model-clauses", "sg-pdpa"] },
    ]);
  });

  it("says nothing for data that is not personal", () => {
    const rec = run({ dataSensitivity: "confidential" });
    expect(rec.ranked.flatMap((r) => r.warnings)).toEqual([]);
  });
});
