import { describe, expect, it } from "vitest";
import type { Source } from "@/lib/catalogue/offer-schema";
import {
  STALE_AFTER_MONTHS,
  figureAsOf,
  figureFreshness,
  isStale,
  monthsBefore,
  oldestAsOf,
  staleFigures,
} from "@/lib/catalogue/staleness";

function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    url: "https://example.com/pricing",
    asOf: "2026-01-15",
    basis: "vendor",
    covers: ["price.perAcceleratorHour"],
    ...overrides,
  };
}

describe("monthsBefore", () => {
  it.each([
    ["2026-11-25", 12, "2025-11-25"],
    ["2026-11-25", 1, "2026-10-25"],
    ["2026-01-10", 1, "2025-12-10"],
    ["2026-03-31", 1, "2026-02-28"],
    ["2024-03-31", 1, "2024-02-29"],
    ["2024-02-29", 12, "2023-02-28"],
    ["2026-05-31", 12, "2025-05-31"],
    ["2026-11-25", 0, "2026-11-25"],
    ["2026-11-25", 30, "2024-05-25"],
  ])("%s minus %i months → %s", (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });

  it("rejects a malformed date", () => {
    expect(() => monthsBefore("25/11/2026", 12)).toThrow(/ISO date/);
  });
});

describe("isStale", () => {
  const reviewedOn = "2026-11-25";
  it.each([
    ["2026-11-25", false], // same day
    ["2026-01-01", false],
    ["2025-11-25", false], // exactly 12 months: not MORE than 12
    ["2025-11-24", true], // one day past the window
    ["2023-11-10", true],
    ["2027-01-01", false], // after the reference date
  ])("asOf %s → %s", (asOf, expected) => {
    expect(isStale(asOf, reviewedOn)).toBe(expected);
  });

  it("uses 12 months by default and honours another window", () => {
    expect(STALE_AFTER_MONTHS).toBe(12);
    expect(isStale("2026-04-30", reviewedOn, 6)).toBe(true);
    expect(isStale("2026-05-25", reviewedOn, 6)).toBe(false);
  });

  it("depends only on its arguments (same answer for a later reference date)", () => {
    expect(isStale("2025-12-01", "2026-11-25")).toBe(false);
    expect(isStale("2025-12-01", "2027-06-01")).toBe(true);
  });
});

describe("figureAsOf / oldestAsOf", () => {
  const sources = [
    makeSource({ asOf: "2024-06-01", covers: ["price.perAcceleratorHour", "leadTimeDays"] }),
    makeSource({ asOf: "2026-02-01", covers: ["price.perAcceleratorHour"] }),
    makeSource({ asOf: "2025-03-01", covers: ["egress.pricePerTb"] }),
  ];

  it("takes the newest source covering the figure", () => {
    expect(figureAsOf(sources, "price.perAcceleratorHour")).toBe("2026-02-01");
    expect(figureAsOf(sources, "leadTimeDays")).toBe("2024-06-01");
    expect(figureAsOf(sources, "storage.pricePerTbMonth")).toBeUndefined();
  });

  it("finds the oldest source date", () => {
    expect(oldestAsOf(sources)).toBe("2024-06-01");
    expect(oldestAsOf([])).toBeUndefined();
  });
});

describe("figureFreshness / staleFigures", () => {
  const sources = [
    makeSource({ asOf: "2024-06-01", covers: ["leadTimeDays", "price.perAcceleratorHour"] }),
    makeSource({ asOf: "2026-02-01", covers: ["price.perAcceleratorHour"] }),
    makeSource({ asOf: "2025-03-01", basis: "estimate", note: "our estimate from two public quotes", covers: ["egress.pricePerTb"] }),
  ];

  it("lists every covered figure once, sorted, with its date and flag", () => {
    expect(figureFreshness(sources, "2026-11-25")).toEqual([
      { path: "egress.pricePerTb", asOf: "2025-03-01", stale: true },
      { path: "leadTimeDays", asOf: "2024-06-01", stale: true },
      { path: "price.perAcceleratorHour", asOf: "2026-02-01", stale: false },
    ]);
  });

  it("a newer source rescues a figure an old source also covers", () => {
    expect(staleFigures(sources, "2026-11-25")).toEqual(["egress.pricePerTb", "leadTimeDays"]);
  });

  it("nothing is stale when every figure is recent", () => {
    expect(staleFigures(sources, "2025-05-01")).toEqual([]);
  });
});
