"use client";

import "./register-demand-charts";
import type { ChartData, ChartOptions } from "chart.js";
import { useTranslations } from "next-intl";
import { memo, useDeferredValue, useMemo } from "react";
import { Bar, Line } from "react-chartjs-2";
import type { DemandResult } from "@/lib/domain/demand/analyse-demand";
import { capacityCheck } from "@/lib/domain/demand/capacity";
import type { Locale } from "@/lib/i18n/locales";
import { ChartBlock } from "./chart-block";
import type { DemandJob } from "./demand-protocol";
import { demandFormat } from "./demand-format";
import { DEMAND_COLORS } from "./register-demand-charts";
import styles from "./demand.module.css";

type Props = { result: DemandResult; job: DemandJob; locale: Locale };

const axis = (title: string, format: (n: number) => string) => ({
  title: { display: true, text: title },
  grid: { color: DEMAND_COLORS.grid },
  ticks: { callback: (v: string | number) => format(Number(v)) },
});

/**
 * Demand curve, capacity chart and λ sensitivity: each with its data table and CSV export.
 * Memoised (progress updates do not re-render it); the capacity and λ charts follow a deferred
 * copy of the result, so their redraw is a separate, later task from the curve's.
 */
export const DemandCharts = memo(function DemandCharts({ result: current, job, locale }: Props) {
  const r = current;
  const later = useDeferredValue(current);
  const t = useTranslations("demand.charts");
  const f = useMemo(() => demandFormat(locale), [locale]);
  const util = r.capacity.targetUtilisation;
  const sellable = r.capacity.sellableCardHoursPerYear;

  // The capacity line is drawn only when it is near the curve; far above, it would flatten the curve (the description says where it is).
  const maxDemand = Math.max(...r.curve.map((p) => p.gpuHoursPerYear));
  const showCapacity = sellable <= 2 * maxDemand;
  const curveData = useMemo<ChartData<"line", { x: number; y: number }[]>>(
    () => ({
      datasets: [
        hoursSeries(t("curveSeries"), r.curve, (p) => p.priceHkd, DEMAND_COLORS.centre, 2),
        ...(showCapacity
          ? [
              {
                label: t("capacitySeries"),
                data: [
                  { x: r.curve[0]!.priceHkd, y: sellable },
                  { x: r.curve[r.curve.length - 1]!.priceHkd, y: sellable },
                ],
                borderColor: DEMAND_COLORS.capacity,
                borderDash: [6, 4],
                pointRadius: 0,
                borderWidth: 2,
              },
            ]
          : []),
        {
          label: t("scenarioPoint"),
          data: [{ x: job.centre.priceHkdPerCardHour, y: r.captured.gpuHoursPerYear }],
          borderColor: "#111a2b",
          backgroundColor: "#111a2b",
          pointRadius: 5,
          showLine: false,
        },
      ],
    }),
    [r, job, t, sellable, showCapacity],
  );
  const curveOptions = useMemo(
    () =>
      hoursLineOptions(axis(t("priceAxis"), f.one), axis(t("hoursAxis"), f.compact), {
        legend: { position: "bottom" },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${f.int(c.parsed.y ?? 0)}` } },
      }),
    [t, f],
  );

  const capData = useMemo<ChartData<"bar">>(
    () => ({
      labels: later.capacityCurve.map((p) => f.int(p.capacityAccelerators)),
      datasets: [
        {
          label: t("served"),
          data: later.capacityCurve.map((p) => p.servedGpuHoursPerYear),
          backgroundColor: DEMAND_COLORS.served,
          stack: "d",
        },
        {
          label: t("unmet"),
          data: later.capacityCurve.map((p) => p.unmetGpuHoursPerYear),
          backgroundColor: DEMAND_COLORS.unmet,
          stack: "d",
        },
      ],
    }),
    [later, t, f],
  );
  const capOptions = useMemo<ChartOptions<"bar">>(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, title: { display: true, text: t("capacityAxis") }, grid: { color: DEMAND_COLORS.grid } },
        y: { stacked: true, beginAtZero: true, ...axis(t("hoursAxis"), f.compact) },
      },
      plugins: { legend: { position: "bottom" } },
    }),
    [t, f],
  );

  const lambdaData = useMemo<ChartData<"line", { x: number; y: number }[]>>(
    () => ({
      datasets: [hoursSeries(t("lambdaSeries"), later.lambdaCurve, (p) => p.lambda, DEMAND_COLORS.served, 3)],
    }),
    [later, t],
  );
  const lambdaOptions = useMemo(
    () => hoursLineOptions(axis(t("lambdaAxis"), f.two), axis(t("hoursAxis"), f.compact), { legend: { display: false } }),
    [t, f],
  );

  const priceH = t("priceColumn");
  const hoursH = t("hoursColumn");
  const cardsH = t("cardsColumn");
  const bindsH = t("bindsColumn");
  return (
    <div className={styles.charts}>
      <ChartBlock
        testId="curve-chart"
        title={t("curveTitle")}
        description={[
          t("curveDescription", { points: r.curve.length }),
          t(showCapacity ? "capacityOnChart" : "capacityOffChart", {
            capacity: f.int(r.capacity.capacityAccelerators),
            util: f.pct(util),
            sellable: f.int(sellable),
          }),
        ]}
        chart={
          <Line
            data={curveData}
            options={curveOptions}
            role="img"
            aria-label={t("curveAria", { from: f.price(r.curve[0]!.priceHkd), to: f.price(r.curve[r.curve.length - 1]!.priceHkd) })}
          />
        }
        headers={[priceH, hoursH, cardsH, bindsH]}
        rows={r.curve.map((p) => {
          const k = capacityCheck(p.gpuHoursPerYear, r.capacity.capacityAccelerators, util);
          return [p.priceHkd, p.gpuHoursPerYear, k.acceleratorsNeeded, k.binds ? t("yes") : t("no")];
        })}
        displayRows={r.curve.map((p) => {
          const k = capacityCheck(p.gpuHoursPerYear, r.capacity.capacityAccelerators, util);
          return [f.price(p.priceHkd), f.int(p.gpuHoursPerYear), f.int(Math.ceil(k.acceleratorsNeeded)), k.binds ? t("yes") : t("no")];
        })}
        fileName="demand-curve.csv"
      />
      <ChartBlock
        testId="capacity-chart"
        title={t("capacityTitle")}
        description={[
          t("capacityDescription", { demand: f.int(later.captured.gpuHoursPerYear), util: f.pct(later.capacity.targetUtilisation) }),
        ]}
        chart={<Bar data={capData} options={capOptions} role="img" aria-label={t("capacityAria")} />}
        headers={[t("capacityColumn"), t("servedColumn"), t("unmetColumn")]}
        rows={later.capacityCurve.map((p) => [p.capacityAccelerators, p.servedGpuHoursPerYear, p.unmetGpuHoursPerYear])}
        displayRows={later.capacityCurve.map((p) => [
          f.int(p.capacityAccelerators),
          f.int(p.servedGpuHoursPerYear),
          f.int(p.unmetGpuHoursPerYear),
        ])}
        fileName="demand-capacity.csv"
      />
      <ChartBlock
        testId="lambda-chart"
        title={t("lambdaTitle")}
        description={[t("lambdaDescription", { lambda: later.lambda })]}
        chart={<Line data={lambdaData} options={lambdaOptions} role="img" aria-label={t("lambdaAria")} />}
        headers={[t("lambdaColumn"), hoursH]}
        rows={later.lambdaCurve.map((p) => [p.lambda, p.gpuHoursPerYear])}
        displayRows={later.lambdaCurve.map((p) => [f.two(p.lambda), f.int(p.gpuHoursPerYear)])}
        fileName="demand-lambda.csv"
      />
    </div>
  );
});

/** A line of GPU-hours per year (y) against `x` of each point, in one colour. */
function hoursSeries<P extends { gpuHoursPerYear: number }>(
  label: string,
  points: readonly P[],
  x: (p: P) => number,
  color: string,
  pointRadius: number,
) {
  const data = points.map((p) => ({ x: x(p), y: p.gpuHoursPerYear }));
  return { label, data, borderColor: color, backgroundColor: color, pointRadius, borderWidth: 2 };
}

/** Options of a line chart of GPU-hours (y, from zero) against a linear x: the axes' titles and ticks from `axis`. */
function hoursLineOptions(
  x: ReturnType<typeof axis>,
  y: ReturnType<typeof axis>,
  plugins: NonNullable<ChartOptions<"line">["plugins"]>,
): ChartOptions<"line"> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    parsing: false,
    scales: { x: { type: "linear", ...x }, y: { type: "linear", beginAtZero: true, ...y } },
    plugins,
  };
}
