// @vitest-environment jsdom
import { cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useRestartableWorker } from "@/app/_components/use-restartable-worker";

/** Just enough of a Worker to see what the hook does with it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal("Worker", FakeWorker);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const mount = () => renderHook(() => useRestartableWorker(() => new FakeWorker() as unknown as Worker));

describe("useRestartableWorker", () => {
  it("reuses an idle worker and replaces a busy one (terminating it)", () => {
    const { result } = mount();
    expect(result.current.post("a")).toBe(true);
    result.current.settle();
    result.current.post("b");
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.posted).toEqual(["a", "b"]);
    // "b" has not been answered: a new job cancels it for real.
    result.current.post("c");
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(FakeWorker.made[1]!.posted).toEqual(["c"]);
  });

  it("stop() ends the run now and the next job starts a fresh worker", () => {
    const { result } = mount();
    result.current.post("a");
    result.current.stop();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    result.current.post("b");
    expect(FakeWorker.made).toHaveLength(2);
  });

  it("notify() reaches a running worker without starting one or cancelling its job", () => {
    const { result } = mount();
    result.current.notify("early");
    expect(FakeWorker.made).toHaveLength(0);
    result.current.post("job");
    result.current.notify("data");
    expect(FakeWorker.made[0]!.posted).toEqual(["job", "data"]);
    // The job is still the one running: settling and posting again reuses the same worker.
    result.current.settle();
    result.current.post("next");
    expect(FakeWorker.made).toHaveLength(1);
  });

  it("terminates the worker when the component goes away", () => {
    const { result, unmount } = mount();
    result.current.post("a");
    result.current.settle();
    unmount();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it("says so when the browser has no Web Workers", () => {
    vi.stubGlobal("Worker", undefined);
    const { result } = mount();
    expect(result.current.post("a")).toBe(false);
  });
});
