import type { ReactNode } from "react";
import { OptionSelect, type SelectOption } from "./option-select";

type Props = {
  id: string;
  label: ReactNode;
  /** The chosen sort: a column id, with a leading "-" when descending. */
  value: string;
  options: readonly SelectOption[];
  onSort: (column: string, desc: boolean) => void;
};

/**
 * The "Sort by" select in a table's toolbar (the results table, the catalogue): a phone has no
 * header buttons to click, so every sortable column and direction is one choice here. Values
 * spell descending with a leading "-"; `onSort` gets the column and the direction apart.
 */
export function SortField({ id, label, value, options, onSort }: Props) {
  return (
    <div className="sort-field">
      <label htmlFor={id}>{label}</label>
      <OptionSelect
        id={id}
        className="select select--small"
        value={value}
        options={options}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onSort(v.replace(/^-/, ""), v.startsWith("-"));
        }}
      />
    </div>
  );
}
