import type { ReactNode } from "react";

/**
 * A horizontally scrollable table wrapper that keyboard users can focus and scroll (WCAG 2.1.1; axe
 * "scrollable-region-focusable"), named after the table it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
