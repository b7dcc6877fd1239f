"use client";

import { useEffect, useState, type RefObject } from "react";
import { flushSync } from "react-dom";

/**
 * `value` while the element is on (or near) the screen; the value it last showed while it was
 * off screen. For costly views that follow fast input (the results charts redraw with Chart.js on
 * every keystroke): nobody sees them redraw below the fold, so they wait, and catch up with the
 * latest value the moment they come into view, or before the page is printed. Pass a value whose
 * identity changes only when its content does (state, or useMemo), so held views can skip
 * rendering (React.memo).
 */
export function useLiveWhenVisible<T>(ref: RefObject<Element | null>, value: T, rootMargin = "200px 0px"): T {
  const [visible, setVisible] = useState(true);
  const [held, setHeld] = useState(value);
  // Derived state, updated during render (React's pattern for values kept from earlier renders).
  if (visible && held !== value) setHeld(value);

  useEffect(() => {
    const el = ref.current;
    // No observer (an old browser, jsdom): always live.
    if (!el || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)), { rootMargin });
    observer.observe(el);
    // A printout shows every chart: bring them up to date before the print layout is taken.
    const onPrint = () => flushSync(() => setVisible(true));
    window.addEventListener("beforeprint", onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", onPrint);
    };
  }, [ref, rootMargin]);

  return visible ? value : held;
}
