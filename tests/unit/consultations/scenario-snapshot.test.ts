import { describe, expect, it } from "vitest";
import { computeToday } from "@/lib/consultations/scenario-service";
import { parseScenarioSnapshot } from "@/lib/consultations/scenario-snapshot";
import { makeScenarioInput } from "@/tests/fixtures/scenario-builders";

/** A snapshot as the database hands it back: JSON, written by an earlier run. */
const stored = (now: Date) => JSON.parse(JSON.stringify(computeToday(makeScenarioInput({ residency: "hk-only" }), now)));
/** The raw JSON of a stored snapshot (untyped on purpose: the tests corrupt it). */
type Raw = ReturnType<typeof stored>["snapshot"];

describe("a scenario's frozen result", () => {
  it("is computed for the Hong Kong date, not the server's UTC date", () => {
    // 17:00 UTC on 3 December is 01:00 on 4 December in Hong Kong.
    expect(computeToday(makeScenarioInput(), new Date("2026-12-03T17:00:00Z")).computedOn).toBe("2026-12-04");
    expect(computeToday(makeScenarioInput(), new Date("2026-12-03T15:59:00Z")).computedOn).toBe("2026-12-03");
  });

  it("reads back from storage to the same result, with the sources of every ranked option", () => {
    const s = stored(new Date("2026-12-03T02:00:00Z"));
    const snap = parseScenarioSnapshot(s.snapshot);
    expect(snap).toEqual(s.snapshot);
    expect(snap.result.ranked.length).toBeGreaterThan(0);
    for (const r of snap.result.ranked) expect(snap.sources[r.offerId]?.length ?? 0).toBeGreaterThan(0);
  });

  it("still reads a snapshot written by a newer engine that added fields", () => {
    const s = stored(new Date("2026-12-03T02:00:00Z")).snapshot;
    s.result.ranked[0].carbonKg = 12;
    s.result.futureSection = { any: "thing" };
    const snap = parseScenarioSnapshot(s) as unknown as { result: { ranked: { carbonKg?: number }[]; futureSection?: unknown } };
    expect(snap.result.ranked[0]!.carbonKg).toBe(12);
    expect(snap.result.futureSection).toEqual({ any: "thing" });
  });

  it.each([
    ["a rank of 0", (s: Raw) => (s.result.ranked[0].rank = 0), "result.ranked.0.rank"],
    ["a missing cost", (s: Raw) => delete s.result.ranked[0].costHkd, "result.ranked.0.costHkd"],
    ["reasons that are not a list", (s: Raw) => (s.result.excluded[0].reasons = "none"), "result.excluded.0.reasons"],
    ["a source without a date", (s: Raw) => delete Object.values(s.sources as Record<string, { asOf?: string }[]>)[0]![0]!.asOf, "asOf"],
  ])("refuses a corrupt row with %s, naming the field", (_label, corrupt, path) => {
    const s = stored(new Date("2026-12-03T02:00:00Z")).snapshot;
    corrupt(s);
    expect(() => parseScenarioSnapshot(s)).toThrow(path.split(".").at(-1)!);
    try {
      parseScenarioSnapshot(s);
    } catch (e) {
      expect((e as { issues: { path: PropertyKey[] }[] }).issues.map((i) => i.path.join("."))).toContainEqual(
        expect.stringContaining(path),
      );
    }
  });
});
