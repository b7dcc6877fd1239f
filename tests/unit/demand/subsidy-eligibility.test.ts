import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { centreScenarioSchema } from "@/lib/demand/demand-request";
import { defaultCentreScenario, subsidyEligible } from "@/lib/domain/demand/centre-scenario";
import { SUBSIDY_ELIGIBILITIES } from "@/lib/domain/demand/subsidy-eligibility";
import en from "@/lib/i18n/messages/en/demand.json";
import zhCN from "@/lib/i18n/messages/zh-CN/demand.json";
import zhHK from "@/lib/i18n/messages/zh-HK/demand.json";

const CENTRE_INPUT = { priceHkdPerCardHour: 40, subsidyShare: 0.5, leadTimeDays: 30, capacityAccelerators: 1500, targetUtilisation: 0.8 };

/** Every organisation shape the eligibility rules look at (university × HK-registered × government-funded). */
const PROFILES = [false, true].flatMap((university) =>
  [false, true].flatMap((hkRegistered) =>
    [false, true].map((governmentFunded) => ({
      governmentFunded,
      org: { hkRegistered, mainlandEntity: false, university, hostCountryPartner: false, overseasEntities: [], memberOf: [] },
    })),
  ),
);

describe("SUBSIDY_ELIGIBILITIES", () => {
  it("has no duplicates and includes the default the centre scenario starts from", () => {
    expect(new Set(SUBSIDY_ELIGIBILITIES).size).toBe(SUBSIDY_ELIGIBILITIES.length);
    expect(SUBSIDY_ELIGIBILITIES).toContain(defaultCentreScenario(catalogue).subsidyEligibility);
  });

  it.each([
    ["en", en],
    ["zh-HK", zhHK],
    ["zh-CN", zhCN],
  ] as const)("every option has a non-empty %s label, and no label is left over", (_locale, messages) => {
    const labels: Record<string, string> = messages.centre.eligibilityOption;
    for (const e of SUBSIDY_ELIGIBILITIES) expect(labels[e]?.trim()).toBeTruthy();
    expect(Object.keys(labels).sort()).toEqual([...SUBSIDY_ELIGIBILITIES].sort());
  });

  it.each(SUBSIDY_ELIGIBILITIES)("the centre input schema accepts %s", (e) => {
    expect(centreScenarioSchema.safeParse({ ...CENTRE_INPUT, subsidyEligibility: e }).success).toBe(true);
  });

  it.each(["", "any", "universities", "As-Listed"])("the centre input schema refuses %j", (e) => {
    expect(centreScenarioSchema.safeParse({ ...CENTRE_INPUT, subsidyEligibility: e }).success).toBe(false);
  });

  it("every option decides eligibility for every organisation profile without throwing", () => {
    for (const e of SUBSIDY_ELIGIBILITIES) {
      for (const p of PROFILES) {
        expect(typeof subsidyEligible(p, p.org, { subsidyEligibility: e }, catalogue)).toBe("boolean");
      }
    }
  });

  it('"all" admits every organisation profile (it is the widest group)', () => {
    for (const p of PROFILES) {
      expect(subsidyEligible(p, p.org, { subsidyEligibility: "all" }, catalogue)).toBe(true);
    }
  });

  it("the options are not all the same group: each narrower option turns someone away", () => {
    for (const e of SUBSIDY_ELIGIBILITIES.filter((x) => x !== "all")) {
      expect(PROFILES.some((p) => !subsidyEligible(p, p.org, { subsidyEligibility: e }, catalogue))).toBe(true);
    }
  });
});
