"use client";

import { useTranslations } from "next-intl";
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
      <div className="table-scroll" role="region" aria-label={t("problemsRegion")} tabIndex={0}>
        <table className={`data-table ${styles.plainTable}`} data-testid="import-problems">
          <thead>
            <tr>
              <th scope="col" className="is-numeric">
                {t("row")}
              </th>
              <th scope="col">{t("column")}</th>
              <th scope="col">{t("message")}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((x, i) => (
              <tr key={i}>
                <td className="is-numeric">{x.row === 0 ? "—" : x.row}</td>
                <td>
                  <code>{x.column || "—"}</code>
                </td>
                <td className={styles.wideCell}>{"message" in x ? x.message : p(x.code, x.values ?? {})}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
