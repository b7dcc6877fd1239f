import { describe, expect, it } from "vitest";
import { recommendRequestSchema } from "@/lib/api/recommend-request";
import { SCORING_METHODS } from "@/lib/domain/scoring/scoring-method";

describe("SCORING_METHODS", () => {
  it("is exactly the request schema's method enum, in the same order", () => {
    const methodSchema = recommendRequestSchema.shape.method.unwrap();
    expect([...SCORING_METHODS]).toEqual(methodSchema.options);
  });

  it("lists weighted-sum first (the default) and topsis, without duplicates", () => {
    expect(SCORING_METHODS).toEqual(["weighted-sum", "topsis"]);
    expect(recommendRequestSchema.shape.method.parse(undefined)).toBe(SCORING_METHODS[0]);
  });
});
