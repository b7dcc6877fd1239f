"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

type Props = {
  children: ReactNode;
  /** The placeholder's class: give it the section's usual height so nothing jumps when it mounts. */
  placeholderClassName?: string;
  /** How far ahead of the viewport to mount (IntersectionObserver rootMargin): scrolling finds it ready. */
  rootMargin?: string;
};

/**
 * Mounts `children` once its place on the page comes near the viewport, or when the page is
 * printed, and keeps them mounted after that. Until then it holds an empty placeholder marked
 * `data-lazy-section`. For sections below the fold whose code and work (Chart.js, the hints that
 * re-rank, the robustness analysis) would otherwise run while a phone is still loading the page.
 */
export function MountWhenVisible({ children, placeholderClassName, rootMargin = "300px 0px" }: Props) {
  const [mounted, setMounted] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (mounted) return;
    const el = ref.current;
    // No observer (an old browser, jsdom): mount straight away rather than never.
    if (!el || typeof IntersectionObserver === "undefined") {
      setMounted(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setMounted(true);
    }, { rootMargin });
    observer.observe(el);
    const onPrint = () => setMounted(true);
    window.addEventListener("beforeprint", onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", onPrint);
    };
  }, [mounted, rootMargin]);

  if (mounted) return <>{children}</>;
  return <div ref={ref} className={placeholderClassName} data-lazy-section="" aria-hidden="true" />;
}
