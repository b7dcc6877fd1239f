"use client";

import { useTranslations } from "next-intl";
import { SimpleTable } from "@/app/_components/simple-table";
import type { CsvProblem, FileProblem } from "@/lib/demand/firm-rows";
import styles from "./demand.module.css";

/** A refused file: nothing was imported; every problem by row and column (the first 500 listed). */
export function ImportProblems({
  fileName,
  problems,
  problemCount,
}: {
  fileName: string;
  problems: (CsvProblem | FileProblem)[];
  problemCount: number;
}) {
  const t = useTranslations("demand.population");
  const p = useTranslations("demand.population.problem");
  return (
    <div className={styles.refused} role="alert" data-testid="import-refused">
      <p>
        <strong>{t("refused", { file: fileName, count: problemCount })}</strong>
      </p>
      {problems.length < problemCount && <p className="small">{t("refusedFirst", { shown: problems.length })}</p>}
      <SimpleTable
        className={`data-table ${styles.plainTable}`}
        data-testid="import-problems"
        scroll={{ className: "table-scroll", role: "region", "aria-label": t("problemsRegion"), tabIndex: 0 }}
        columns={[{ label: t("row"), numeric: true }, { label: t("column") }, { label: t("message") }]}
      >
        {problems.map((x, i) => (
          <tr key={i}>
            <td className="is-numeric">{x.row === 0 ? "—" : x.row}</td>
            <td>
              <code>{x.column || "—"}</code>
            </td>
            <td className={styles.wideCell}>{"message" in x ? x.message : p(x.code, x.values ?? {})}</td>
          </tr>
        ))}
      </SimpleTable>
    </div>
  );
}
