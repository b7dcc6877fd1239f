import type { HTMLAttributes, ReactNode, TableHTMLAttributes } from "react";

/** A column of a SimpleTable: its header and how its cells align. */
export type SimpleColumn = {
  label: ReactNode;
  /** Right-aligned header (the design system's `is-numeric`); the cells set their own class. */
  numeric?: boolean;
  /** Extra classes on the header cell. */
  className?: string;
  /** React key when the labels are not unique strings (e.g. scenario names). */
  key?: string;
};

type Props = Omit<TableHTMLAttributes<HTMLTableElement>, "children"> & {
  columns: readonly SimpleColumn[];
  /** The table's name: hidden unless `captionClassName` says otherwise. */
  caption?: ReactNode;
  captionClassName?: string;
  /** Attributes of the sideways-scrolling wrapper; without them the table stands alone. */
  scroll?: HTMLAttributes<HTMLDivElement>;
  /** The rows (<tr>…</tr>) of the body. */
  children: ReactNode;
  /** The rows of a <tfoot>, if any. */
  foot?: ReactNode;
};

/**
 * A fixed table that needs no sorting, filtering or phone cards: explain panels, reports,
 * dialogs and reference lists, on the server or in the browser. It writes the caption and the
 * header row from `columns` so every such table names its columns the same way (scope="col",
 * numeric headers right-aligned); the caller writes the body rows. Tables that sort or
 * expand use DataTable (TanStack) instead.
 */
export function SimpleTable({
  columns,
  caption,
  captionClassName = "visually-hidden",
  scroll,
  children,
  foot,
  className = "data-table",
  ...tableProps
}: Props) {
  const table = (
    <table className={className} {...tableProps}>
      {caption === undefined ? null : <caption className={captionClassName}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th
              key={c.key ?? (typeof c.label === "string" ? c.label : i)}
              scope="col"
              className={[c.numeric ? "is-numeric" : "", c.className ?? ""].filter(Boolean).join(" ") || undefined}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot === undefined ? null : <tfoot>{foot}</tfoot>}
    </table>
  );
  return scroll ? <div {...scroll}>{table}</div> : table;
}
