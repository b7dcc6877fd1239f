"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useCallback, useId, useMemo } from "react";
import { describeStability } from "@/lib/domain/sensitivity/describe-stability";
import type { Recommendation } from "@/lib/domain/scoring/recommend";
import { FACTORS } from "@/lib/domain/factors";
import { useFormat } from "@/lib/i18n/use-format";
import { ChartPlaceholder } from "./chart-placeholder";
import { optionName } from "../results/charts/option-label";
import styles from "./robustness.module.css";
import { TableScroll } from "./table-scroll";
import { ChartDataTable } from "@/app/_components/chart-data-table";

const StabilityChart = dynamic(() => import("./stability-chart").then((m) => m.StabilityChart), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

type Props = {
  recommendation: Recommendation;
  /** Normalised weights as a vector in FACTORS order (sum 1). */
  weightVector: readonly number[];
};

/**
 * Part (a): weight-stability intervals (docs/method.md §5(f)) in words, most sensitive factor first, plus a floating-bar
 * chart of the intervals with the current weights marked, and the same figures as a table.
 */
export function StabilitySection({ recommendation, weightVector }: Props) {
  const t = useTranslations("robustness");
  const headingId = useId();
  const { ranked } = recommendation;
  const scores = useMemo(() => ranked.map((r) => FACTORS.map((f) => r.factors[f])), [ranked]);
  const description = useMemo(() => describeStability(scores, weightVector), [scores, weightVector]);

  const format = useFormat();
  const pct = useCallback((fraction: number) => format.number(fraction, { style: "percent", maximumFractionDigits: 1 }), [format]);
  const pctOf100 = useCallback((value: number) => pct(value / 100), [pct]);

  const leader = ranked[description.leader];
  if (!leader) return null;
  const leaderName = optionName(leader);
  const nameOf = (index: number | null) => {
    const option = index === null ? undefined : ranked[index];
    return option ? optionName(option) : t("stability.table.none");
  };

  const rows = description.lines.map((line) => ({
    line,
    factor: FACTORS[line.criterion]!,
    sensitive: line.criterion === description.mostSensitive,
  }));
  const chartRows = rows.map(({ line, factor, sensitive }) => ({
    label: t(`factorShort.${factor}`),
    lower: line.lower * 100,
    upper: line.upper * 100,
    current: line.current * 100,
    sensitive,
  }));
  const ariaLabel = t("stability.chartAria", {
    leader: leaderName,
    list: rows
      .map(({ line, factor }) =>
        t("stability.chartAriaItem", {
          factor: t(`factor.${factor}`),
          lower: pct(line.lower),
          upper: pct(line.upper),
          current: pct(line.current),
        }),
      )
      .join("; "),
  });

  return (
    <section className={styles.part} aria-labelledby={headingId} data-testid="weight-stability">
      <h3 id={headingId} className={styles.partTitle}>
        {t("stability.heading")}
      </h3>
      <p className={styles.lead}>{t("stability.leader", { leader: leaderName })}</p>
      {description.mostSensitive === null ? <p className={styles.good}>{t("stability.noneSensitive", { leader: leaderName })}</p> : null}
      <ul className={styles.stabilityList}>
        {rows.map(({ line, factor, sensitive }, k) => {
          const args = {
            leader: leaderName,
            factor: t(`factorInSentence.${factor}`),
            lower: pct(line.lower),
            upper: pct(line.upper),
            current: pct(line.current),
          };
          // The first line names the leader; the rest say "Stays first …" so the long option name is not repeated.
          const sentence =
            k === 0
              ? line.margin === null
                ? t("stability.any", args)
                : t("stability.range", args)
              : line.margin === null
                ? t("stability.anyShort", args)
                : t("stability.rangeShort", args);
          return (
            <li key={factor} className={sensitive ? styles.sensitiveLine : undefined}>
              <span className={styles.lineFactor}>
                {sensitive ? <span className={styles.sensitiveBadge}>{t("stability.mostSensitive")}</span> : null}
                <strong>{t(`factor.${factor}`)}</strong>
              </span>
              <span>
                {sentence}
                {line.rivalBelow !== null ? ` ${t("stability.below", { lower: pct(line.lower), rival: nameOf(line.rivalBelow) })}` : ""}
                {line.rivalAbove !== null ? ` ${t("stability.above", { upper: pct(line.upper), rival: nameOf(line.rivalAbove) })}` : ""}
              </span>
            </li>
          );
        })}
      </ul>
      {recommendation.method === "topsis" ? <p className={`small muted ${styles.note}`}>{t("stability.topsisNote")}</p> : null}

      <figure className={styles.chartFigure}>
        <figcaption className={`split-row ${styles.chartCaption}`}>
          <span className={styles.chartTitle}>{t("stability.chartTitle", { leader: leaderName })}</span>
          <span className={styles.legend} aria-hidden="true">
            <span className={styles.legendItem}>
              <span className={`${styles.key} ${styles.keyRange}`} />
              {t("stability.legendRange")}
            </span>
            {description.mostSensitive !== null ? (
              <span className={styles.legendItem}>
                <span className={`${styles.key} ${styles.keySensitive}`} />
                {t("stability.legendSensitive")}
              </span>
            ) : null}
            <span className={styles.legendItem}>
              <span className={`${styles.key} ${styles.keyNow}`} />
              {t("stability.legendNow")}
            </span>
          </span>
        </figcaption>
        <div className={styles.chartBox} style={{ height: 60 + chartRows.length * 40 }}>
          <StabilityChart
            rows={chartRows}
            ariaLabel={ariaLabel}
            axisLabel={t("stability.axis")}
            nowLabel={t("stability.legendNow")}
            formatPct={pctOf100}
          />
        </div>
        <details className="data-details">
          <summary>{t("panel.showTable")}</summary>
          <TableScroll label={t("stability.table.caption", { leader: leaderName })}>
            <ChartDataTable
              className="plain-table plain-table--compact"
              numericClassName="num is-numeric"
              caption={t("stability.table.caption", { leader: leaderName })}
              rows={rows}
              rowKey={(r) => r.factor}
              rowHeader={{ header: t("stability.table.factor"), cell: (r) => t(`factor.${r.factor}`) }}
              columns={[
                { id: "lower", header: t("stability.table.lower"), numeric: true, cell: (r) => pct(r.line.lower) },
                { id: "upper", header: t("stability.table.upper"), numeric: true, cell: (r) => pct(r.line.upper) },
                { id: "now", header: t("stability.table.now"), numeric: true, cell: (r) => pct(r.line.current) },
                { id: "below", header: t("stability.table.rivalBelow"), cell: (r) => nameOf(r.line.rivalBelow) },
                { id: "above", header: t("stability.table.rivalAbove"), cell: (r) => nameOf(r.line.rivalAbove) },
              ]}
            />
          </TableScroll>
        </details>
      </figure>
    </section>
  );
}
