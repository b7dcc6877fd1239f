"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import type { Family } from "@/lib/catalogue/offer-schema";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import type { Weights } from "@/lib/domain/factors";
import styles from "./charts.module.css";
import type { ResultFormat } from "../use-result-format";
import type { ResultLabels } from "../use-result-labels";
import { familyColors } from "./chart-palette";
import { CostChart } from "./cost-chart";
import { FactorChart } from "./factor-chart";
import { ValueChart } from "./value-chart";
import { WeightChart } from "./weight-chart";

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
 * panel, after first paint; each chart keeps its chart.js instance and only swaps data.
 */
export function ResultsCharts({ ranked, weights, format, labels }: ResultsChartsProps) {
  const tl = useTranslations("labels");
  const familyName = useCallback((f: Family) => tl(`family.${f}`), [tl]);
  const colors = useMemo(() => familyColors(), []);
  const top = useMemo(() => ranked.slice(0, TOP_OPTIONS), [ranked]);

  if (ranked.length === 0) return null;
  return (
    <div className={styles.chartGrid}>
      <ValueChart ranked={ranked} weights={weights} format={format} familyName={familyName} colors={colors} />
      <FactorChart top={top} format={format} />
      <CostChart top={top} format={format} labels={labels} />
      <WeightChart weights={weights} format={format} />
    </div>
  );
}
