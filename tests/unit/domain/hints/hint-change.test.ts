import { describe, expect, it } from "vitest";
import { applyChange, changeKey, userCanChange, type HintChange } from "@/lib/domain/hints/hint-change";
import { makeNeeds } from "@/tests/fixtures/builders";

describe("applyChange", () => {
  const needs = makeNeeds({ organisation: { overseasEntities: ["SG"], memberOf: ["hkust"] } });
  const rows: { change: HintChange; read: (n: ReturnType<typeof makeNeeds>) => unknown; expected: unknown }[] = [
    { change: { field: "startBy", from: "2026-12-01", to: "2027-01-01", deltaDays: 31 }, read: (n) => n.startBy, expected: "2027-01-01" },
    { change: { field: "residency", from: "hk-only", to: "hk-or-mainland" }, read: (n) => n.residency, expected: "hk-or-mainland" },
    { change: { field: "budgetHkd", from: 1, to: 2, deltaHkd: 1 }, read: (n) => n.budgetHkd, expected: 2 },
    {
      change: { field: "accelerator.minMemoryGb", from: 80, to: 40 },
      read: (n) => n.accelerator,
      expected: { model: "any", minMemoryGb: 40 },
    },
    { change: { field: "accelerator.model", from: "h100-sxm", to: "any" }, read: (n) => n.accelerator.model, expected: "any" },
    { change: { field: "peakGpus", from: 8, to: 4 }, read: (n) => n.peakGpus, expected: 4 },
    { change: { field: "organisation", needs: { kind: "mainland-entity" } }, read: (n) => n.organisation.mainlandEntity, expected: true },
    { change: { field: "organisation", needs: { kind: "university" } }, read: (n) => n.organisation.university, expected: true },
    {
      change: { field: "organisation", needs: { kind: "host-country-entity", country: "JP" } },
      read: (n) => n.organisation.overseasEntities,
      expected: ["JP", "SG"],
    },
    {
      change: { field: "organisation", needs: { kind: "host-country-entity", country: "SG" } },
      read: (n) => n.organisation.overseasEntities,
      expected: ["SG"],
    },
    {
      change: { field: "organisation", needs: { kind: "member-of", institution: "cuhk" } },
      read: (n) => n.organisation.memberOf,
      expected: ["cuhk", "hkust"],
    },
  ];
  it.each(rows)("$change.field → $expected", ({ change, read, expected }) => {
    const before = structuredClone(needs);
    expect(read(applyChange(needs, change))).toEqual(expected);
    expect(needs).toEqual(before); // the input is not modified
  });

  it("an organisation attribute is a condition, not a user change; keys tell changes apart", () => {
    expect(userCanChange({ field: "organisation", needs: { kind: "university" } })).toBe(false);
    expect(userCanChange({ field: "peakGpus", from: 8, to: 4 })).toBe(true);
    expect(changeKey({ field: "peakGpus", from: 8, to: 4 })).not.toBe(changeKey({ field: "peakGpus", from: 8, to: 2 }));
    expect(changeKey({ field: "organisation", needs: { kind: "university" } })).not.toBe(
      changeKey({ field: "organisation", needs: { kind: "mainland-entity" } }),
    );
  });
});
