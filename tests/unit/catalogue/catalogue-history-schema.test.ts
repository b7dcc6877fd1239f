import { describe, expect, it } from "vitest";
import { catalogueHistorySchema, changesSince, type CatalogueHistory } from "@/lib/catalogue/catalogue-history-schema";

const change = {
  offerId: "aws-hk-p4d",
  figure: "price.perAcceleratorHour",
  oldValue: 40,
  newValue: 36,
  currency: "USD",
  changePct: -10,
  asOf: "2026-11-01",
  basis: "vendor",
  sourceUrl: "https://aws.amazon.com/ec2/pricing/",
};
const rankChange = { preset: "cv-training", offerId: "aws-hk-p4d", before: 3, after: 2 };
const entry = (version: string, previousVersion: string, over: Record<string, unknown> = {}) => ({
  version,
  previousVersion,
  appliedOn: "2026-11-02",
  sheet: "prices.csv",
  changes: [change],
  rankChanges: [rankChange],
  ...over,
});

const paths = (history: unknown) => {
  const r = catalogueHistorySchema.safeParse(history);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
};

describe("catalogue history schema", () => {
  it("accepts a well-formed entry, an unranked side (null) and a day figure without currency", () => {
    const days = { ...change, figure: "leadTimeDays", currency: null, oldValue: 0, newValue: 5, changePct: null };
    const history = { entries: [entry("2026.11.02", "2026.11.01", { changes: [change, days], rankChanges: [{ ...rankChange, after: null }] })] };
    expect(paths(history)).toEqual([]);
  });

  it.each([
    ["a figure that is not a rangeable path", { changes: [{ ...change, figure: "price.currency" }] }, "entries.0.changes.0.figure"],
    ["an unknown currency", { changes: [{ ...change, currency: "XYZ" }] }, "entries.0.changes.0.currency"],
    ["an empty offer id", { changes: [{ ...change, offerId: "" }] }, "entries.0.changes.0.offerId"],
    ["a preset that does not exist", { rankChanges: [{ ...rankChange, preset: "gaming" }] }, "entries.0.rankChanges.0.preset"],
    ["a rank of 0", { rankChanges: [{ ...rankChange, before: 0 }] }, "entries.0.rankChanges.0.before"],
    ["a fractional rank", { rankChanges: [{ ...rankChange, after: 1.5 }] }, "entries.0.rankChanges.0.after"],
    ["an entry without changes", { changes: [] }, "entries.0.changes"],
  ])("rejects %s, naming the field", (_, over, path) => {
    expect(paths({ entries: [entry("2026.11.02", "2026.11.01", over)] })).toEqual([path]);
  });

  it("changesSince: the entries after a version, every entry for an unknown one", () => {
    const history: CatalogueHistory = catalogueHistorySchema.parse({
      entries: [entry("2026.11.02", "2026.11.01"), entry("2026.11.03", "2026.11.02"), entry("2026.11.03.2", "2026.11.03")],
    });
    expect(changesSince(history, "2026.11.02").map((e) => e.version)).toEqual(["2026.11.03", "2026.11.03.2"]);
    expect(changesSince(history, "2026.11.03.2")).toEqual([]);
    expect(changesSince(history, "2020.01.01")).toHaveLength(3);
  });
});
