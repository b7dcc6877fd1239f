"use client";

import { useCallback, useEffect, useState, type RefObject } from "react";

/** Which sides of a horizontally scrolling box hide content: columns to the left (`start`) or right (`end`). */
export type ScrollOverflow = { start: boolean; end: boolean };

const NONE: ScrollOverflow = { start: false, end: false };

/**
 * Sub-pixel slack: a zoomed page can leave scrollWidth a fraction above clientWidth
 * with nothing actually hidden, which would show the hint for no column.
 */
const SLACK_PX = 2;

/** Whether `box` hides content on either side, from its scroll position and sizes (exported for tests). */
export function measureOverflow(box: Pick<HTMLElement, "scrollLeft" | "scrollWidth" | "clientWidth">): ScrollOverflow {
  const hidden = box.scrollWidth - box.clientWidth;
  if (hidden <= SLACK_PX) return NONE;
  return { start: box.scrollLeft > SLACK_PX, end: box.scrollLeft < hidden - SLACK_PX };
}

/**
 * Tracks whether a scroll box overflows sideways, and on which side, so the table can draw a
 * shadow at that edge and say "scroll for more columns" only when there is more to see
 * (never on phones, where rows are cards and nothing scrolls). Re-measures on scroll and
 * whenever the box or its content changes size (columns shown or hidden, a row expanded,
 * the window resized). Starts with no overflow: the server cannot measure.
 */
export function useScrollOverflow(ref: RefObject<HTMLElement | null>): ScrollOverflow & { scrollByPage: (dir: 1 | -1) => void } {
  const [overflow, setOverflow] = useState<ScrollOverflow>(NONE);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () =>
      setOverflow((prev) => {
        const next = measureOverflow(box);
        return prev.start === next.start && prev.end === next.end ? prev : next;
      });
    update();
    box.addEventListener("scroll", update, { passive: true });
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(update);
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    return () => {
      box.removeEventListener("scroll", update);
      observer?.disconnect();
    };
  }, [ref]);

  /**
   * Scrolls most of one view sideways: the width left beside the sticky column (which covers
   * the columns scrolling under it), less a fifth kept in view for context.
   */
  const scrollByPage = useCallback(
    (dir: 1 | -1) => {
      const box = ref.current;
      if (!box) return;
      const stickyPx = box.querySelector("thead .col-sticky")?.getBoundingClientRect().width ?? 0;
      const reduce = typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      box.scrollBy({ left: dir * Math.max(80, (box.clientWidth - stickyPx) * 0.8), behavior: reduce ? "auto" : "smooth" });
    },
    [ref],
  );

  return { ...overflow, scrollByPage };
}
