import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, monthsCoveredUntil } from "@/lib/domain/calendar";

describe("calendar", () => {
  it.each([
    ["2026-11-25", "2026-11-25", 0],
    ["2026-11-25", "2026-12-01", 6],
    ["2024-02-28", "2024-03-01", 2],
  ])("daysBetween %s → %s = %i", (a, b, d) => expect(daysBetween(a, b)).toBe(d));

  it.each([
    ["2026-11-25", 7, "2026-12-02"],
    ["2026-11-25", 0.2, "2026-11-26"],
  ])("addDays %s + %f = %s", (a, n, out) => expect(addDays(a, n)).toBe(out));

  it.each([
    ["2024-03-31", -1, "2024-02-29"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-01-15", 12, "2027-01-15"],
  ])("addMonths %s %+i = %s", (a, n, out) => expect(addMonths(a, n)).toBe(out));

  it.each([
    // start, endsOn, duration, whole months that end by endsOn
    ["2027-01-01", "2027-10-31", 12, 10], // Jan..Oct
    ["2027-01-01", "2027-10-30", 12, 9], // October is not complete
    ["2027-01-01", "2030-01-01", 12, 12], // capped at the duration
    ["2027-11-01", "2027-10-31", 6, 0], // starts after the end
  ])("monthsCoveredUntil(%s, %s, %i) = %i", (start, endsOn, months, expected) => {
    expect(monthsCoveredUntil(start, endsOn, months)).toBe(expected);
  });
});
