import type { SubsidyScheme } from "@/lib/catalogue/offer-schema";

/**
 * The shares (0–1) of the eligible charge a firm may set for a scheme: its published
 * `shareBounds`, or exactly its default share (coveragePct / 100) when it publishes none.
 */
export function shareBounds(scheme: Pick<SubsidyScheme, "coveragePct" | "shareBounds">): { default: number; min: number; max: number } {
  const d = scheme.coveragePct / 100;
  return scheme.shareBounds ?? { default: d, min: d, max: d };
}
