import { describe, expect, it } from "vitest";
import { readFound, readRow } from "@/lib/persistence/read-row";

const consultation = {
  id: "c1",
  client: "Acme AI",
  organisation: null,
  advisor: null,
  notes: null,
  createdAt: "2026-11-25T01:00:00.000Z",
  updatedAt: "2026-11-25T01:00:00.000Z",
};

describe("readRow / readFound", () => {
  it("a found row is read into its record; no row (undefined or null) reads as null", () => {
    expect(readFound(readRow.consultation, consultation)).toEqual(consultation);
    expect(readFound(readRow.consultation, undefined)).toBeNull();
    expect(readFound(readRow.consultation, null)).toBeNull();
  });

  it.each([
    ["consultation", { ...consultation, createdAt: "yesterday" }],
    ["intakeLink", { id: "l1", consultationId: "c1", createdAt: "x", expiresAt: "y", revokedAt: null, lastUsedAt: null }],
    ["advisor", { id: "a1", email: "a@b.hk", createdAt: "2026-11-25T01:00:00.000Z" }],
    ["scenario", { id: "s1", inputJson: "{}" }],
    ["demandScenario", { id: "d1", name: "x", stateJson: "{}", stateVersion: 1, createdAt: "x", updatedAt: "y" }],
  ] as const)("a corrupt %s row throws (a damaged database is a bug, never silently read)", (kind, row) => {
    expect(() => readRow[kind](row)).toThrow();
    expect(() => readFound<unknown>(readRow[kind], row)).toThrow();
  });
});
