"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import styles from "../results.module.css";
import chartStyles from "./charts.module.css";

type Props = {
  title: string;
  description?: string;
  /** The chart itself (a canvas with role="img" and an aria-label). */
  children: ReactNode;
  /** The same data as a table, for screen readers and anyone who prefers numbers. */
  table: ReactNode;
  /** Text shown under the chart (e.g. the frontier in words). */
  summary?: ReactNode;
  wide?: boolean;
  height?: number;
  /** Caps the plot's width (a doughnut does not need the whole card). */
  maxWidth?: number;
  testId?: string;
};

/** A chart with its title, a short description and a "Show data as table" alternative. */
export function ChartCard({ title, description, children, table, summary, wide = false, height = 300, maxWidth, testId }: Props) {
  const t = useTranslations("results.charts");
  const headingId = useId();
  return (
    <figure className={`${chartStyles.chartCard} ${wide ? styles.wide : ""}`} aria-labelledby={headingId} data-testid={testId}>
      <figcaption>
        <h3 id={headingId} className={chartStyles.chartTitle}>
          {title}
        </h3>
        {description && <p className={chartStyles.chartDescription}>{description}</p>}
      </figcaption>
      <div className={chartStyles.chartCanvas} style={{ height, maxWidth }}>
        {children}
      </div>
      {summary}
      <details className="data-details">
        <summary>{t("showTable")}</summary>
        <div className={styles.scrollX} role="region" aria-label={t("tableRegion", { title })} tabIndex={0}>
          {table}
        </div>
      </details>
    </figure>
  );
}
