import { describe, expect, it } from "vitest";
import { hostCountries, organisationQualifies } from "@/lib/domain/eligibility";
import type { EligibilityEntry } from "@/lib/catalogue/offer-schema";
import { organisationSchema, type Organisation } from "@/lib/needs/needs-schema";

const org = (o: Partial<Organisation>): Organisation => organisationSchema.parse({ hkRegistered: false, ...o });
const SG = { country: "SG", jurisdiction: "SG" };
const JP = { country: "JP", jurisdiction: "JP" };
const DE_EU = { country: "DE", jurisdiction: "EU" };
const HK = { country: "HK", jurisdiction: "HK" };
const CN = { country: "CN", jurisdiction: "CN" };

describe("organisationQualifies: kinds of organisation", () => {
  it.each([
    [["any"], org({}), HK, true],
    [["hk-company"], org({ hkRegistered: true }), HK, true],
    [["hk-company"], org({ mainlandEntity: true, university: true }), HK, false],
    [["mainland-entity"], org({ mainlandEntity: true }), CN, true],
    [["university"], org({ university: true }), CN, true],
    [["university", "hk-company"], org({ hkRegistered: true }), CN, true],
  ] as [EligibilityEntry[], Organisation, typeof HK, boolean][])("anyOf %j, org %j → %s", (anyOf, o, place, expected) => {
    expect(organisationQualifies(anyOf, o, place)).toBe(expected);
  });
});

describe("host-country entity is per country (a Singapore subsidiary opens Singapore only)", () => {
  const sgSubsidiary = org({ hkRegistered: true, overseasEntities: ["SG"] });
  it.each([
    ["NSCC Singapore", SG, true],
    ["ABCI / TSUBAME (Japan)", JP, false],
    ["EuroHPC (EU, hosted in Germany)", DE_EU, false],
  ])("SG entity → %s: %s", (_, place, expected) => {
    expect(organisationQualifies(["host-country-entity"], sgSubsidiary, place)).toBe(expected);
  });

  it("an entity in any EU member state counts for an EU facility", () => {
    expect(organisationQualifies(["host-country-entity"], org({ overseasEntities: ["FR"] }), DE_EU)).toBe(true);
    expect(hostCountries(DE_EU)).toContain("FR");
    expect(hostCountries(DE_EU)).not.toContain("CH");
    expect(hostCountries(JP)).toEqual(["JP"]);
  });

  it("the legacy 'partner abroad' flag names no country, so it opens none", () => {
    const legacy = org({ hkRegistered: true, hostCountryPartner: true });
    for (const place of [SG, JP, DE_EU]) expect(organisationQualifies(["host-country-entity"], legacy, place)).toBe(false);
  });
});

describe("named-institution clusters serve their own members only", () => {
  const hkustGz: EligibilityEntry[] = [{ memberOf: ["hkust-gz", "hkust"] }];
  it.each([
    ["a university that is not HKUST", org({ university: true }), false],
    ["a CUHK member", org({ university: true, memberOf: ["cuhk"] }), false],
    ["an HKUST(GZ) member", org({ university: true, memberOf: ["hkust-gz"] }), true],
    ["an HKUST member (without the university flag)", org({ memberOf: ["hkust"] }), true],
  ])("%s → %s", (_, o, expected) => {
    expect(organisationQualifies(hkustGz, o, CN)).toBe(expected);
  });
});
