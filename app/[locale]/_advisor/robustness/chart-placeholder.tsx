import styles from "./robustness.module.css";

/** Fills a lazily loaded chart's box (so nothing shifts) until chart.js arrives. */
export function ChartPlaceholder() {
  return <div className={styles.chartPlaceholder} aria-hidden="true" />;
}
