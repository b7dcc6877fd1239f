import { getTranslations } from "next-intl/server";
import { SimpleTable } from "@/app/_components/simple-table";
import { CSV_COLUMNS } from "@/lib/demand/csv-columns";
import { labelOr } from "@/lib/i18n/label-or";
import type { Locale } from "@/lib/i18n/locales";
import { fieldLabelsFor } from "@/lib/validation/field-labels";
import styles from "./demand.module.css";

/** The CSV import's columns in the UI language: name, what it is, type, required, allowed values and default. Server-rendered. */
export async function ColumnReference({ locale }: { locale: Locale }) {
  const t = await getTranslations("demand.csv");
  const labels = fieldLabelsFor(locale);
  return (
    <div className="stack">
      <p className="small">{t("intro")}</p>
      <SimpleTable
        className={`data-table ${styles.reference} ${styles.plainTable}`}
        data-testid="column-reference"
        caption={t("title")}
        scroll={{ className: "table-scroll", role: "region", "aria-label": t("title"), tabIndex: 0 }}
        columns={[{ label: t("column") }, { label: t("meaning") }, { label: t("type") }, { label: t("values") }]}
      >
        {CSV_COLUMNS.map((c) => (
          <tr key={c.name}>
            <th scope="row">
              <code>{c.name}</code>
              {c.required && <span className={styles.required}> {t("required")}</span>}
            </th>
            <td className={styles.wideCell}>{labels[c.name] ?? t(`firmColumn.${c.name === "firm" ? "firm" : "governmentFunded"}`)}</td>
            <td>{t(`kind.${c.kind}`)}</td>
            <td className={styles.wideCell}>{labelOr(t, `allowed.${c.name.replace(".", "_")}`, "")}</td>
          </tr>
        ))}
      </SimpleTable>
    </div>
  );
}
