import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/recommend/route";
import { catalogue } from "@/lib/catalogue/catalogue";
import { parseRecommendRequest } from "@/lib/api/recommend-request";
import { hongKongDate } from "@/lib/domain/hong-kong-date";
import { checkStartBy } from "@/lib/needs/start-by-rule";
import { localiseIssues } from "@/lib/validation/localise-issues";
import { CONTRACT_BODY } from "@/tests/fixtures/contract-body";

const withStart = (startBy: unknown) => ({ ...CONTRACT_BODY, needs: { ...CONTRACT_BODY.needs, startBy } });
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("checkStartBy: a start date may not lie before today", () => {
  it("refuses yesterday, accepts today, tomorrow, null and leaves a malformed date to the schema", () => {
    expect(checkStartBy({ startBy: "2026-12-02" }, "2026-12-03").map((i) => i.path)).toEqual([["startBy"]]);
    expect(checkStartBy({ startBy: "2025-01-01" }, "2026-12-03", ["needs"]).map((i) => i.path)).toEqual([["needs", "startBy"]]);
    expect(checkStartBy({ startBy: "2026-12-03" }, "2026-12-03")).toEqual([]);
    expect(checkStartBy({ startBy: "2027-01-01" }, "2026-12-03")).toEqual([]);
    expect(checkStartBy({ startBy: null }, "2026-12-03")).toEqual([]);
    expect(checkStartBy({ startBy: "yesterday" }, "2026-12-03")).toEqual([]);
    expect(checkStartBy(null, "2026-12-03")).toEqual([]);
  });

  it("says so in every language, naming the field and today's date", () => {
    const issues = checkStartBy({ startBy: "2026-12-01" }, "2026-12-03");
    expect(localiseIssues(issues, "en")[0]!.message).toBe("Start by (date): must be today (2026-12-03) or later");
    expect(localiseIssues(issues, "zh-HK")[0]!.message).toMatch(/不可早於今天（2026-12-03）/);
    expect(localiseIssues(issues, "zh-CN")[0]!.message).toMatch(/不可早于今天（2026-12-03）/);
  });

  it("parseRecommendRequest refuses a past startBy only when given today", () => {
    const body = withStart("2026-12-02");
    expect(parseRecommendRequest(body, catalogue).ok).toBe(true);
    const r = parseRecommendRequest(body, catalogue, { today: "2026-12-03" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path.join("."))).toEqual(["needs.startBy"]);
    expect(parseRecommendRequest(withStart("2026-12-03"), catalogue, { today: "2026-12-03" }).ok).toBe(true);
  });
});

describe("POST /api/recommend: startBy in the past", () => {
  const post = (body: unknown) =>
    POST(new Request("http://localhost/api/recommend", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));

  it("answers 400 naming needs.startBy for yesterday (Hong Kong time), 200 for today", async () => {
    const today = hongKongDate(new Date());
    const res = await post(withStart(shift(today, -1)));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { path: string; message: string }[] };
    expect(body.issues.map((i) => i.path)).toEqual(["needs.startBy"]);
    expect(body.issues[0]!.message).toMatch(/^Start by \(date\): must be today/);
    expect((await post(withStart(shift(today, 1)))).status).toBe(200);
  });
});
