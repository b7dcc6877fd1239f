"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * `value`, but a change reaches the caller only after the browser has painted the frame that
 * carries the render which changed it (a requestAnimationFrame callback, then a task), and then
 * as a transition. For the parts of the results below the table (excluded options, charts): a
 * keystroke's re-ranking paints the ranked table first and redraws these right after, instead
 * of making the table wait for their render, DOM and layout. (useDeferredValue would not do:
 * inside a render that is itself deferred it hands back the new value at once.)
 */
export function useAfterFrame<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
