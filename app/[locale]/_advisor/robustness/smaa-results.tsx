"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import type { SmaaResult } from "@/lib/domain/sensitivity/smaa";
import { optionsByFirstRank, rankBandShares, shareHalfWidth95 } from "@/lib/domain/sensitivity/summarise-smaa";
import { FACTORS } from "@/lib/domain/factors";
import { ChartPlaceholder } from "./chart-placeholder";
import { optionAxisLines, optionName } from "../results/charts/option-label";
import styles from "./robustness.module.css";
import { TableScroll } from "./table-scroll";

const AcceptabilityChart = dynamic(() => import("./acceptability-chart").then((m) => m.AcceptabilityChart), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

/** How many options the first-rank list, the chart and the central-weights table show. */
export const TOP_SMAA_OPTIONS = 10;

export type SmaaOption = Pick<RankedOption, "offerId" | "provider" | "name" | "rank">;

type Props = {
  result: SmaaResult;
  options: readonly SmaaOption[];
  samples: number;
  /** Fraction 0–1 → "62.3%". */
  pct: (fraction: number) => string;
  /** Percentage points → "±0.9". */
  margin: (fraction: number) => string;
};

/** "Chance of ranking first", the stacked rank-acceptability chart (+ table) and the central weights of the winners. */
export function SmaaResults({ result, options, samples, pct, margin }: Props) {
  const t = useTranslations("robustness");
  const firstId = useId();
  const chartId = useId();
  const centralId = useId();
  const { rankAcceptability, centralWeights, confidence } = result;

  const shown = useMemo(() => optionsByFirstRank(rankAcceptability, TOP_SMAA_OPTIONS), [rankAcceptability]);
  const winners = shown.filter((i) => (rankAcceptability[i]?.[0] ?? 0) > 0);
  const bands = useMemo(() => shown.map((i) => rankBandShares(rankAcceptability[i] ?? [])), [shown, rankAcceptability]);
  const bandIds = bands[0]?.map((b) => b.id) ?? [];
  const bandLabels = bandIds.map((id) => t(`smaa.band.${id}`));
  const chartRows = shown.map((i, k) => ({ label: optionAxisLines(options[i]!), shares: (bands[k] ?? []).map((b) => b.share * 100) }));
  const first = (i: number) => rankAcceptability[i]?.[0] ?? 0;
  const podium = (i: number) => (bands[shown.indexOf(i)] ?? []).slice(0, 3).reduce((s, b) => s + b.share, 0);
  const ariaLabel = t("smaa.chartAria", {
    count: shown.length,
    list: shown
      .map((i) => t("smaa.chartAriaItem", { option: optionName(options[i]!), first: pct(first(i)), podium: pct(podium(i)) }))
      .join("; "),
  });

  return (
    <>
      <div className={styles.subBlock} aria-labelledby={firstId} role="group" data-testid="chance-first">
        <h4 id={firstId} className={styles.subTitle}>
          {t("smaa.firstHeading")}
        </h4>
        <ol className={styles.firstList}>
          {winners.map((i) => (
            <li key={options[i]!.offerId}>
              <span className={styles.firstName}>
                <span className={styles.rankTag}>#{options[i]!.rank}</span> {optionName(options[i]!)}
              </span>
              <span className={styles.meter} aria-hidden="true">
                <span style={{ width: `${first(i) * 100}%` }} />
              </span>
              <span className={`num ${styles.firstValue}`} data-testid="chance-first-value">
                {pct(first(i))} <span className={styles.margin}>{margin(shareHalfWidth95(first(i), samples))}</span>
              </span>
            </li>
          ))}
        </ol>
        <p className={styles.hint}>
          {t("smaa.firstNote", { count: winners.length })}
          {winners.length < options.length && winners.length < TOP_SMAA_OPTIONS ? ` ${t("smaa.noOtherFirst")}` : ""}
        </p>
      </div>

      <figure className={styles.chartFigure} aria-labelledby={chartId} data-testid="rank-acceptability">
        <figcaption className={styles.chartCaption}>
          <span id={chartId} className={styles.chartTitle}>
            {t("smaa.chartTitle")}
          </span>
          <span className={styles.hint}>{t("smaa.chartDescription")}</span>
        </figcaption>
        <div className={styles.chartBox} style={{ height: 90 + shown.length * 44 }}>
          <AcceptabilityChart
            rows={chartRows}
            bandLabels={bandLabels}
            ariaLabel={ariaLabel}
            axisLabel={t("smaa.axis")}
            formatPct={(v) => pct(v / 100)}
          />
        </div>
        <details className={styles.dataDetails}>
          <summary>{t("panel.showTable")}</summary>
          <TableScroll label={t("smaa.chartTitle")}>
            <table className={styles.table}>
              <caption className="visually-hidden">{t("smaa.chartTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("smaa.option")}</th>
                  {bandLabels.map((label) => (
                    <th key={label} scope="col" className={styles.numCell}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((i, k) => (
                  <tr key={options[i]!.offerId}>
                    <th scope="row">{optionName(options[i]!)}</th>
                    {(bands[k] ?? []).map((b) => (
                      <td key={b.id} className={`num ${styles.numCell}`}>
                        {pct(b.share)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      </figure>

      <div className={styles.subBlock} role="group" aria-labelledby={centralId}>
        <h4 id={centralId} className={styles.subTitle}>
          {t("smaa.centralHeading")}
        </h4>
        <p className={styles.hint}>{t("smaa.centralIntro")}</p>
        <TableScroll label={t("smaa.centralHeading")}>
          <table className={styles.table} data-testid="central-weights">
            <caption className="visually-hidden">{t("smaa.centralHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("smaa.option")}</th>
                <th scope="col" className={styles.numCell}>
                  {t("smaa.chanceFirst")}
                </th>
                {FACTORS.map((f) => (
                  <th key={f} scope="col" className={styles.numCell}>
                    {t(`factorShort.${f}`)}
                  </th>
                ))}
                <th scope="col" className={styles.numCell}>
                  {t("smaa.confidence")}
                </th>
              </tr>
            </thead>
            <tbody>
              {winners.map((i) => (
                <tr key={options[i]!.offerId}>
                  <th scope="row">{optionName(options[i]!)}</th>
                  <td className={`num ${styles.numCell}`}>{pct(first(i))}</td>
                  {FACTORS.map((f, j) => (
                    <td key={f} className={`num ${styles.numCell}`}>
                      {pct(centralWeights[i]?.[j] ?? 0)}
                    </td>
                  ))}
                  <td className={`num ${styles.numCell}`}>{pct(confidence[i] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </>
  );
}
