"use client";

import { useEffect } from "react";

/**
 * Adds `name` to `<html data-hydrated="…">` once the part of the page it sits in has hydrated
 * (placed inside that part's <Suspense> boundary, its effect runs when the boundary commits).
 * A server-rendered form looks ready before it is: end-to-end tests wait for this mark before
 * they type, as a person's first keystroke on a slow phone can come before it too.
 */
export function HydrationMark({ name }: { name: string }) {
  useEffect(() => {
    const root = document.documentElement;
    const parts = new Set((root.dataset.hydrated ?? "").split(" ").filter(Boolean));
    parts.add(name);
    root.dataset.hydrated = [...parts].sort().join(" ");
  }, [name]);
  return null;
}
