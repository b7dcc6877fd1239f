// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAfterFrame } from "@/app/[locale]/_advisor/results/use-after-frame";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("useAfterFrame", () => {
  it("starts with the value it is given", () => {
    const { result } = renderHook(() => useAfterFrame(3));
    expect(result.current).toBe(3);
  });

  it("hands a change on only after the next frame, then a task", async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterFrame(value), { initialProps: { value: 2 } });
    rerender({ value: 21 });
    expect(result.current).toBe(2);
    // The frame: its callback queues a task, which has not run yet.
    await act(async () => {
      vi.advanceTimersToNextFrame();
    });
    expect(result.current).toBe(2);
    await act(async () => {
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe(21);
  });

  it("keeps only the latest of several changes made before the frame", async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterFrame(value), { initialProps: { value: "a" } });
    rerender({ value: "b" });
    rerender({ value: "c" });
    await act(async () => {
      vi.advanceTimersToNextFrame();
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe("c");
  });
});
