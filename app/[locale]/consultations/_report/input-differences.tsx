import { getTranslations } from "next-intl/server";
import type { InputDifference } from "@/lib/consultations/compare-scenarios";
import { formatterFor } from "@/lib/i18n/formatter";
import type { Locale } from "@/lib/i18n/locales";
import { FIELD_LABELS } from "@/lib/validation/field-labels";
import { SimpleTable } from "@/app/_components/simple-table";
import styles from "./report.module.css";

// Needs whose values are vocabulary words with labels in the advisor's form messages.
const FORM_VOCABULARY: Record<string, string> = {
  "needs.workload": "workload",
  "needs.dataSensitivity": "sensitivity",
  "needs.residency": "residency",
};

/** The needs, weights and method settings that differ between the compared scenarios. */
export async function InputDifferences({
  differences,
  names,
  locale,
}: {
  differences: InputDifference[];
  names: string[];
  locale: Locale;
}) {
  const t = await getTranslations("consultations.report");
  const form = await getTranslations("advisor.form");
  const results = await getTranslations("results");
  const format = formatterFor(locale);
  const label = (path: string) => {
    const rel = path.replace(/^needs\./, "");
    return FIELD_LABELS[rel]?.[locale] ?? FIELD_LABELS[path]?.[locale] ?? path;
  };
  const value = (path: string, v: unknown): string => {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return t("none");
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    if (path.startsWith("weights.") && typeof v === "number") return format.number(v, "percent1");
    if (path === "method" && typeof v === "string") return results(`methodName.${v as "weighted-sum" | "topsis"}`);
    const vocab = FORM_VOCABULARY[path];
    if (vocab && typeof v === "string") return form(`${vocab}.${v}` as never);
    if (typeof v === "number") return format.number(v, "decimal2");
    if (Array.isArray(v)) return v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ");
    return String(v);
  };
  return (
    <section className={`${styles.section} ${styles.keep}`} aria-labelledby="compare-inputs">
      <h2 id="compare-inputs">{t("inputsTitle")}</h2>
      {differences.length === 0 ? (
        <p>{t("inputsNone")}</p>
      ) : (
        <SimpleTable
          className={styles.table}
          scroll={{ className: styles.scroll, tabIndex: 0, role: "region", "aria-labelledby": "compare-inputs" }}
          columns={[{ label: t("setting") }, ...names.map((n, i) => ({ label: n, key: `${n}-${i}` }))]}
        >
          {differences.map((d) => (
            <tr key={d.path}>
              <th scope="row">{label(d.path)}</th>
              {d.values.map((v, i) => (
                <td key={i} className={styles.differs}>
                  {value(d.path, v)}
                </td>
              ))}
            </tr>
          ))}
        </SimpleTable>
      )}
    </section>
  );
}
