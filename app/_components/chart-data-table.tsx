import type { ReactNode } from "react";

/** One column of a chart's data table. */
export type ChartColumn<Row> = {
  id: string;
  header: ReactNode;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
};

type Props<Row> = {
  caption: string;
  /** The first column names the row (rendered as <th scope="row">). */
  rowHeader: { header: ReactNode; cell: (row: Row) => ReactNode };
  columns: readonly ChartColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Data attributes of a row's <tr> (e.g. data-frontier). */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
  className?: string;
  /** Class of a numeric cell (tables inside CSS modules align by their own class). */
  numericClassName?: string;
  "data-testid"?: string;
};

/**
 * The table behind every chart: the same figures the chart draws, for screen readers, for
 * print and for anyone who wants the numbers. The caption names the chart.
 */
export function ChartDataTable<Row>({
  caption,
  rowHeader,
  columns,
  rows,
  rowKey,
  rowData,
  className,
  numericClassName = "is-numeric",
  ...rest
}: Props<Row>) {
  return (
    <table className={className} data-testid={rest["data-testid"]}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader.header}</th>
          {columns.map((c) => (
            <th key={c.id} scope="col" className={c.numeric ? numericClassName : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowData?.(row)}>
            <th scope="row">{rowHeader.cell(row)}</th>
            {columns.map((c) => (
              <td key={c.id} className={c.numeric ? numericClassName : undefined}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
