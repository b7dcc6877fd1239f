"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { tableToCsv } from "@/lib/demand/table-csv";
import { downloadText } from "./download-text";
import styles from "./demand.module.css";

type Props = {
  title: string;
  /** Sentences of the description (joined with a space in English, without one in Chinese). */
  description: string[];
  chart: ReactNode;
  headers: string[];
  rows: (string | number)[][];
  /** Rows as displayed (formatted); `rows` go to the CSV as plain numbers. */
  displayRows: string[][];
  fileName: string;
  testId: string;
};

/** A chart with its description, its data as a table, and a CSV export of the same data. */
export function ChartBlock({ title, description, chart, headers, rows, displayRows, fileName, testId }: Props) {
  const t = useTranslations("demand.charts");
  const id = useId();
  return (
    <figure className={`card ${styles.chartCard}`} aria-labelledby={`${id}-h`} data-testid={testId}>
      <figcaption>
        <h3 id={`${id}-h`} className={styles.chartTitle}>
          {title}
        </h3>
        <p className={`muted small ${styles.sentences}`}>
          {description.map((d, i) => (
            <span key={i}>{d}</span>
          ))}
        </p>
      </figcaption>
      <div className={styles.chartCanvas}>{chart}</div>
      <div className={styles.chartActions}>
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={() => downloadText(tableToCsv(headers, rows), fileName, "text/csv")}
        >
          {t("exportCsv")}
        </button>
      </div>
      <details className={styles.details} open={testId === "curve-chart"}>
        <summary>{t("showTable")}</summary>
        <div className="table-scroll" role="region" aria-label={t("tableRegion", { title })} tabIndex={0}>
          <table className={`data-table ${styles.plainTable}`}>
            <thead>
              <tr>
                {headers.map((h, i) => (
                  <th key={h} scope="col" className={i > 0 ? "is-numeric" : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {displayRows.map((r, i) => (
                <tr key={i}>
                  {r.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j} className="is-numeric">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
