import { describe, expect, it, vi } from "vitest";
import { onDemand, settled, settledValue } from "@/app/[locale]/_advisor/hydration-deferred";

describe("hydration-deferred", () => {
  it("settled: fulfilled at once, so React's use() returns it without suspending", async () => {
    const d = settled(42);
    expect(d.status).toBe("fulfilled");
    expect(settledValue(d)).toBe(42);
    expect(await d).toBe(42);
  });

  it("onDemand: nothing computed until start(); then once, fulfilled at once (a tap can hydrate in the same event)", async () => {
    vi.useFakeTimers();
    try {
      const compute = vi.fn(() => ({ ranked: [1, 2] }));
      const d = onDemand(compute);
      await vi.runAllTimersAsync();
      expect(compute).not.toHaveBeenCalled();
      expect(d.status).toBe("pending");
      expect(settledValue(d)).toBeUndefined();
      d.start();
      expect(compute).toHaveBeenCalledTimes(1);
      expect(d.status).toBe("fulfilled");
      expect(settledValue(d)).toEqual({ ranked: [1, 2] });
      d.start();
      expect(compute).toHaveBeenCalledTimes(1);
      expect(await d).toBe(settledValue(d));
    } finally {
      vi.useRealTimers();
    }
  });

  it("onDemand: a throw rejects it and marks it rejected with the error", async () => {
    const d = onDemand(() => {
      throw new Error("boom");
    });
    d.start();
    await expect(d).rejects.toThrow("boom");
    expect(d.status).toBe("rejected");
    expect(d.status === "rejected" ? d.reason.message : "").toBe("boom");
  });
});
