"use client";

import { useTranslations } from "next-intl";
import { memo, useCallback, useMemo, useRef } from "react";
import type { Family } from "@/lib/catalogue/offer-schema";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import type { Weights } from "@/lib/domain/factors";
import { useLiveWhenVisible } from "@/app/_components/use-live-when-visible";
import styles from "./charts.module.css";
import type { ResultFormat } from "../use-result-format";
import type { ResultLabels } from "../use-result-labels";
import { familyColors } from "./chart-palette";
import { CostChart as CostChartView } from "./cost-chart";
import { FactorChart as FactorChartView } from "./factor-chart";
import { ValueChart as ValueChartView } from "./value-chart";
import { WeightChart as WeightChartView } from "./weight-chart";

// Each chart redraws (Chart.js measures every label again) only when its own inputs change.
const ValueChart = memo(ValueChartView);
const FactorChart = memo(FactorChartView);
const CostChart = memo(CostChartView);
const WeightChart = memo(WeightChartView);

/** How many of the best-ranked options the factor and cost charts show. */
export const TOP_OPTIONS = 5;

export type ResultsChartsProps = {
  ranked: readonly RankedOption[];
  weights: Weights;
  format: ResultFormat;
  labels: ResultLabels;
};

/**
 * The four results charts. This module (and chart.js with it) is loaded lazily by the results
 * panel, after first paint; each chart keeps its chart.js instance and only swaps data. Off screen
 * they keep what they last showed and catch up when they come into view (useLiveWhenVisible):
 * typing in the form re-ranks the table at once without redrawing four charts nobody sees.
 */
export function ResultsCharts(props: ResultsChartsProps) {
  const tl = useTranslations("labels");
  const familyName = useCallback((f: Family) => tl(`family.${f}`), [tl]);
  const colors = useMemo(() => familyColors(), []);
  const grid = useRef<HTMLDivElement>(null);
  const live = useMemo(() => ({ ranked: props.ranked, weights: props.weights }), [props.ranked, props.weights]);
  const { ranked, weights } = useLiveWhenVisible(grid, live);
  const { format, labels } = props;
  const top = useMemo(() => ranked.slice(0, TOP_OPTIONS), [ranked]);

  if (ranked.length === 0) return null;
  return (
    <div className={styles.chartGrid} ref={grid}>
      <ValueChart ranked={ranked} weights={weights} format={format} familyName={familyName} colors={colors} />
      <FactorChart top={top} format={format} />
      <CostChart top={top} format={format} labels={labels} />
      <WeightChart weights={weights} format={format} />
    </div>
  );
}
