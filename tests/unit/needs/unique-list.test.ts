import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rejectDuplicateIds } from "@/lib/needs/unique-list";

const ids = z.array(z.string()).superRefine(rejectDuplicateIds((s: string) => s));
const overrides = z
  .array(z.object({ offerId: z.string(), price: z.number() }))
  .superRefine(rejectDuplicateIds((o) => o.offerId, ["offerId"]));

describe("rejectDuplicateIds", () => {
  it("accepts a list where every id appears once", () => {
    expect(ids.safeParse(["hk-aiss", "sz-voucher"]).success).toBe(true);
    expect(ids.safeParse([]).success).toBe(true);
  });

  it("flags the second and every later occurrence at its own index, not the first", () => {
    const r = ids.safeParse(["hk-aiss", "x", "hk-aiss", "hk-aiss"]);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([[2], [3]]);
    expect(r.error?.issues.every((i) => i.message === "duplicate-id")).toBe(true);
  });

  it("names the id field inside an item", () => {
    const r = overrides.safeParse([
      { offerId: "a", price: 1 },
      { offerId: "a", price: 2 },
    ]);
    expect(r.error?.issues.map((i) => i.path)).toEqual([[1, "offerId"]]);
  });
});
