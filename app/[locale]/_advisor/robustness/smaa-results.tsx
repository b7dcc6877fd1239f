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
import { ChartDataTable } from "@/app/_components/chart-data-table";

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
        <figcaption className={`split-row ${styles.chartCaption}`}>
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
        <details className="data-details">
          <summary>{t("panel.showTable")}</summary>
          <TableScroll label={t("smaa.chartTitle")}>
            <ChartDataTable
              className="plain-table plain-table--compact"
              numericClassName="num is-numeric"
              caption={t("smaa.chartTitle")}
              rows={shown.map((i, k) => ({ option: options[i]!, bands: bands[k] ?? [] }))}
              rowKey={(r) => r.option.offerId}
              rowHeader={{ header: t("smaa.option"), cell: (r) => optionName(r.option) }}
              columns={bandLabels.map((label, b) => ({
                id: label,
                header: label,
                numeric: true,
                cell: (r: { bands: readonly { share: number }[] }) => pct(r.bands[b]?.share ?? 0),
              }))}
            />
          </TableScroll>
        </details>
      </figure>

      <div className={styles.subBlock} role="group" aria-labelledby={centralId}>
        <h4 id={centralId} className={styles.subTitle}>
          {t("smaa.centralHeading")}
        </h4>
        <p className={styles.hint}>{t("smaa.centralIntro")}</p>
        <TableScroll label={t("smaa.centralHeading")}>
          <ChartDataTable
            className="plain-table plain-table--compact"
            data-testid="central-weights"
            numericClassName="num is-numeric"
            caption={t("smaa.centralHeading")}
            rows={winners}
            rowKey={(i) => options[i]!.offerId}
            rowHeader={{ header: t("smaa.option"), cell: (i) => optionName(options[i]!) }}
            columns={[
              { id: "first", header: t("smaa.chanceFirst"), numeric: true, cell: (i) => pct(first(i)) },
              ...FACTORS.map((f, j) => ({
                id: f,
                header: t(`factorShort.${f}`),
                numeric: true,
                cell: (i: number) => pct(centralWeights[i]?.[j] ?? 0),
              })),
              { id: "confidence", header: t("smaa.confidence"), numeric: true, cell: (i) => pct(confidence[i] ?? 0) },
            ]}
          />
        </TableScroll>
      </div>
    </>
  );
}
