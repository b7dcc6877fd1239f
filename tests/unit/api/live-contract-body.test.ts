import { describe, expect, it } from "vitest";
import { parseRecommendRequest } from "@/lib/api/recommend-request";
import { catalogue } from "@/lib/catalogue/catalogue";
import { CONTRACT_BODY, hongKongToday, liveContractBody } from "../../fixtures/contract-body";

describe("liveContractBody: the e2e specs' example stays acceptable after its start date passes", () => {
  it("keeps the example verbatim while its start date is today or later", () => {
    expect(liveContractBody("2026-12-03")).toBe(CONTRACT_BODY);
    expect(liveContractBody(CONTRACT_BODY.needs.startBy)).toBe(CONTRACT_BODY);
  });

  it.each(["2027-01-16", "2027-06-30", "2030-02-28"])("on %s moves the start 43 days ahead, and the API accepts it", (today) => {
    const body = liveContractBody(today);
    expect(body.needs.startBy > today).toBe(true);
    expect(parseRecommendRequest(body, catalogue, { today }).ok).toBe(true);
    expect(parseRecommendRequest(CONTRACT_BODY, catalogue, { today }).ok).toBe(false);
  });

  it("reads today in Hong Kong (UTC+8)", () => {
    expect(hongKongToday(new Date("2026-12-03T16:30:00Z"))).toBe("2026-12-04");
    expect(hongKongToday(new Date("2026-12-03T15:30:00Z"))).toBe("2026-12-03");
  });
});
