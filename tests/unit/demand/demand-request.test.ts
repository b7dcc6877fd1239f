import { describe, expect, it } from "vitest";
import { demandRequestSchema, MAX_API_FIRMS } from "@/lib/demand/demand-request";
import { localiseIssues } from "@/lib/validation/localise-issues";

const valid = {
  population: { synthetic: { firms: 216, seed: 1 } },
  centre: { priceHkdPerCardHour: 18, subsidyShare: 0.7, leadTimeDays: 75, capacityAccelerators: 1500, targetUtilisation: 0.8 },
};

describe("demandRequestSchema", () => {
  it("accepts the issue's contract body, with and without λ", () => {
    expect(demandRequestSchema.safeParse(valid).success).toBe(true);
    expect(demandRequestSchema.safeParse({ ...valid, lambda: 0.2 }).success).toBe(true);
  });

  it("names every bad field at once, in the caller's language", () => {
    const bad = {
      population: { synthetic: { firms: MAX_API_FIRMS + 1, seed: 1.5 } },
      centre: { ...valid.centre, subsidyShare: 1.2, targetUtilisation: 0, capacityAccelerators: -1, extra: true },
      lambda: "high",
    };
    const r = demandRequestSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (r.success) return;
    const paths = r.error.issues.map((i) => i.path.join(".")).sort();
    expect(paths).toEqual([
      "centre",
      "centre.capacityAccelerators",
      "centre.subsidyShare",
      "centre.targetUtilisation",
      "lambda",
      "population.synthetic.firms",
      "population.synthetic.seed",
    ]);
    const zh = localiseIssues(r.error.issues, "zh-HK");
    expect(zh.find((i) => i.path === "centre.subsidyShare")?.message).toContain("必須不多於 1");
    const en = localiseIssues(r.error.issues, "en");
    expect(en.find((i) => i.path === "population.synthetic.firms")?.message).toContain("20,000");
  });

  it("requires the population and the centre", () => {
    const r = demandRequestSchema.safeParse({});
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join(".")).sort()).toEqual(["centre", "population"]);
  });
});
