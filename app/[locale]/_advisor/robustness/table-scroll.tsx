import type { ReactNode } from "react";
import styles from "./robustness.module.css";

/**
 * A horizontally scrollable table wrapper that keyboard users can focus and scroll (WCAG 2.1.1; axe
 * "scrollable-region-focusable"), named after the table it holds. Own class rather than the global .table-scroll,
 * which stops scrolling on phones (the offer table becomes cards there).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
