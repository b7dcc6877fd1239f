import { describe, expect, it } from "vitest";
import { hongKongDate } from "@/lib/domain/hong-kong-date";

describe("hongKongDate (UTC+8, no DST)", () => {
  // Hong Kong midnight is 16:00 UTC the day before.
  it.each([
    ["2026-11-25T15:59:59.999Z", "2026-11-25"],
    ["2026-11-25T15:59:59Z", "2026-11-25"],
    ["2026-11-25T16:00:00Z", "2026-11-26"],
    ["2026-11-25T00:00:00Z", "2026-11-25"],
    ["2026-11-24T16:00:00Z", "2026-11-25"],
    // Year and month boundaries roll over too.
    ["2026-12-31T16:00:00Z", "2027-01-01"],
    ["2028-02-28T16:00:00Z", "2028-02-29"],
    // No daylight saving: the same offset in July as in November.
    ["2026-07-01T15:59:59Z", "2026-07-01"],
    ["2026-07-01T16:00:00Z", "2026-07-02"],
  ])("%s → %s", (instant, expected) => {
    expect(hongKongDate(new Date(instant))).toBe(expected);
  });

  it("ignores the process time zone (the instant is absolute)", () => {
    const instant = new Date(Date.UTC(2026, 10, 25, 16, 0, 0));
    expect(hongKongDate(instant)).toBe("2026-11-26");
  });
});
