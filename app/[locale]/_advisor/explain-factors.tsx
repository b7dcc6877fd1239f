"use client";

import { useLocale, useTranslations } from "next-intl";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import { FACTORS, type Weights } from "@/lib/domain/factors";
import { useFormat } from "@/lib/i18n/use-format";
import { useReasonText } from "./use-reason-text";
import type { ScoringMethod } from "./weights-panel";
import styles from "./explain.module.css";
import { labelOr } from "@/lib/i18n/label-or";
import { FactorFormula } from "@/app/_components/factor-formula";
import { SimpleTable } from "@/app/_components/simple-table";

type Props = { option: RankedOption; weights: Weights; method: ScoringMethod };

/** Each factor's score with its formula, inputs and reasons. */
export function ExplainFactors({ option }: Pick<Props, "option">) {
  const t = useTranslations("advisor.explain.factors");
  const tw = useTranslations("advisor.weights.factor");
  const tn = useTranslations("advisor.explain.inputNames");
  const reasonText = useReasonText(useLocale());
  const format = useFormat();
  const fmt = (v: number | string) => (typeof v === "number" ? format.number(v, "decimal2") : v);
  // Every input the engine reports has a label; an unknown key (a new engine input) shows as code.
  const inputName = (k: string) => labelOr(tn, k);
  return (
    <div className={styles.factorGrid}>
      {FACTORS.map((f) => {
        const d = option.factorDetails[f];
        return (
          <article key={f} className={styles.factorCard}>
            <header className={`split-row ${styles.factorHead}`}>
              <h4 className={styles.factorName}>{tw(f)}</h4>
              <span className={`num ${styles.factorScore}`}>
                {format.number(d.score, "decimal2")}
                <span className="muted small"> / 100</span>
              </span>
            </header>
            <div className={`bar ${styles.scoreBar}`} aria-hidden="true">
              <span style={{ width: `${Math.max(0, Math.min(100, d.score))}%` }} />
            </div>
            <p className={styles.factorLabel}>{t("formula")}</p>
            <FactorFormula formula={d.formula} className={styles.formula} as="code" />
            <p className={styles.factorLabel}>{t("inputs")}</p>
            <table className={styles.inputsTable}>
              <tbody>
                {Object.entries(d.inputs).map(([k, v]) => (
                  <tr key={k}>
                    <th scope="row" title={k}>
                      {inputName(k)}
                    </th>
                    <td className="num">{fmt(v)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {d.reasons.length > 0 ? (
              <>
                <p className={styles.factorLabel}>{t("why")}</p>
                <ul className={styles.reasonList}>
                  {d.reasons.map((r, i) => (
                    <li key={`${r.code}-${i}`}>{reasonText(r)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </article>
        );
      })}
    </div>
  );
}

/** Σ weight × score, row by row and written out as one line. */
export function ExplainTotal({ option, weights, method }: Props) {
  const t = useTranslations("advisor.explain.total");
  const tw = useTranslations("advisor.weights.factor");
  const format = useFormat();
  const n2 = (n: number) => format.number(n, "fixed2");
  const n4 = (n: number) => format.number(n, "fixed4");
  const parts = FACTORS.map((f) => ({ f, w: weights[f], s: option.factors[f], c: weights[f] * option.factors[f] }));
  const sum = parts.reduce((s, p) => s + p.c, 0);
  return (
    <>
      <SimpleTable
        className={`data-table ${styles.explainTable}`}
        scroll={{ className: "table-scroll" }}
        caption={t("formula")}
        columns={[
          { label: "" },
          { label: t("weight"), numeric: true },
          { label: t("score"), numeric: true },
          { label: t("contribution"), numeric: true },
        ]}
        foot={
          <tr className={styles.totalRow}>
            <th scope="row">{t("sum")}</th>
            <td />
            <td />
            <td className="is-numeric num">{n2(sum)}</td>
          </tr>
        }
      >
        {parts.map((p) => (
          <tr key={p.f}>
            <th scope="row">{tw(p.f)}</th>
            <td className="is-numeric num">{n4(p.w)}</td>
            <td className="is-numeric num">{n2(p.s)}</td>
            <td className="is-numeric num">{n2(p.c)}</td>
          </tr>
        ))}
      </SimpleTable>
      <p className={styles.sumLine}>
        <code className={styles.formula}>
          {parts.map((p) => `${n4(p.w)} × ${n2(p.s)}`).join(" + ")} = {n2(sum)}
        </code>
      </p>
      {method === "topsis" ? <p className="small muted">{t("topsisNote", { total: n2(option.total) })}</p> : null}
    </>
  );
}
