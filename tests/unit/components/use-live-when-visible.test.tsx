// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { useRef } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useLiveWhenVisible } from "@/app/_components/use-live-when-visible";

/** An IntersectionObserver the test drives: `scroll(true|false)` says whether the element is in view. */
let notify: ((visible: boolean) => void) | null = null;
class FakeObserver {
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
  observe() {
    notify = (visible) => this.callback([{ isIntersecting: visible }]);
    notify(false); // like the browser: one report on observe, here "below the fold"
  }
  disconnect() {
    notify = null;
  }
}
const scroll = (visible: boolean) => act(() => notify!(visible));

function Probe({ value }: { value: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useLiveWhenVisible(ref, value);
  return <div ref={ref}>shown {shown}</div>;
}

beforeEach(() => {
  vi.stubGlobal("IntersectionObserver", FakeObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("useLiveWhenVisible", () => {
  it("holds the last value shown while off screen and catches up on coming into view", () => {
    const { rerender } = render(<Probe value={1} />);
    expect(screen.getByText("shown 1")).toBeTruthy();
    rerender(<Probe value={2} />);
    rerender(<Probe value={3} />);
    expect(screen.getByText("shown 1")).toBeTruthy();
    scroll(true);
    expect(screen.getByText("shown 3")).toBeTruthy();
    rerender(<Probe value={4} />);
    expect(screen.getByText("shown 4")).toBeTruthy();
    scroll(false);
    rerender(<Probe value={5} />);
    expect(screen.getByText("shown 4")).toBeTruthy();
  });

  it("brings the view up to date before the page is printed", () => {
    const { rerender } = render(<Probe value={1} />);
    rerender(<Probe value={2} />);
    expect(screen.getByText("shown 1")).toBeTruthy();
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(screen.getByText("shown 2")).toBeTruthy();
  });

  it("stays live where there is no IntersectionObserver", () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    const { rerender } = render(<Probe value={1} />);
    rerender(<Probe value={7} />);
    expect(screen.getByText("shown 7")).toBeTruthy();
  });
});
