"use client";

import type { ReactNode } from "react";
import type { CostLine } from "@/lib/domain/cost/estimate-cost";
import { CostFormula } from "./cost-formula";

type Props = {
  lines: readonly CostLine[];
  totalHkd: number;
  monthlyHkd: number;
  /** Formats an HKD amount the way the surrounding view shows money. */
  money: (hkd: number) => string;
  /** A line's name ("Compute", "Fee: support plan", "Subsidy: AISS"). */
  lineLabel: (line: CostLine) => string;
  headers: { item: ReactNode; amount: ReactNode; total: ReactNode; monthly: ReactNode };
  /** Under each line's formula (e.g. its sources). */
  lineExtra?: (line: CostLine) => ReactNode;
  classes: { table?: string; numCell?: string; label?: string; formula?: string; totalRow?: string };
  /** The formula as <code> (explain panel) or plain text (expanded row). */
  formulaAs?: "span" | "code";
};

/**
 * The cost of one option line by line: name, the formula from the engine's structured terms,
 * the amount; then the total and the monthly figure. The expanded row and the explain panel
 * draw the same lines through this one component.
 */
export function CostLines({ lines, totalHkd, monthlyHkd, money, lineLabel, headers, lineExtra, classes, formulaAs = "span" }: Props) {
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          <th scope="col">{headers.item}</th>
          <th scope="col" className={classes.numCell}>
            {headers.amount}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => (
          <tr key={`${line.label}-${i}`} data-line={line.kind}>
            <th scope="row">
              <span className={classes.label}>{lineLabel(line)}</span>
              <CostFormula line={line} className={classes.formula} as={formulaAs} />
              {lineExtra?.(line)}
            </th>
            <td className={classes.numCell}>
              <span className="num">{money(line.amountHkd)}</span>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className={classes.totalRow}>
          <th scope="row">{headers.total}</th>
          <td className={classes.numCell}>
            <strong className="num">{money(totalHkd)}</strong>
          </td>
        </tr>
        <tr>
          <th scope="row">{headers.monthly}</th>
          <td className={classes.numCell}>
            <span className="num">{money(monthlyHkd)}</span>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
