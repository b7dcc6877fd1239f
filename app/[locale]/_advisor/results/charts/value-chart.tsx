"use client";

import type { ChartData, ChartOptions, Plugin, TooltipItem } from "chart.js";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Chart as ChartComponent } from "react-chartjs-2";
import { FAMILIES } from "@/lib/catalogue/catalogue-vocabulary";
import type { Family } from "@/lib/catalogue/offer-schema";
import type { RankedOption } from "@/lib/domain/scoring/recommend";
import type { Weights } from "@/lib/domain/factors";
import chartStyles from "./charts.module.css";
import type { ResultFormat } from "../use-result-format";
import { ChartCard } from "./chart-card";
import { DOMINATED_COLOR, FRONTIER_LINE_COLOR, GRID_COLOR } from "./chart-palette";
import { valueForMoney, type ValueForMoneyPoint } from "./value-points";
import "./register-chart";
import { ChartDataTable } from "@/app/_components/chart-data-table";

/** A scatter datum that remembers which option it is (tooltip, labels). */
type Datum = { x: number; y: number; id: string; label: string; costHkd: number };

type Props = {
  ranked: readonly RankedOption[];
  weights: Weights;
  format: ResultFormat;
  familyName: (f: Family) => string;
  colors: Record<Family, string>;
};

const shortName = (p: ValueForMoneyPoint) => `#${p.rank} ${p.provider.length > 20 ? `${p.provider.slice(0, 19)}…` : p.provider}`;

type Rect = { x: number; y: number; w: number; h: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Names each frontier point next to it (white halo over grid lines). Each label takes the first
 * free spot around its point (right, then left, above then below) inside the plot; a label with
 * no free spot is left out — the list under the chart and the data table name every point.
 */
const frontierLabels: Plugin<"scatter"> = {
  id: "frontierLabels",
  afterDatasetsDraw(chart) {
    // Dataset 0 is always the frontier line (see `data` below).
    if (!chart.data.datasets[0] || !chart.isDatasetVisible(0)) return;
    const meta = chart.getDatasetMeta(0);
    const data = chart.data.datasets[0].data as unknown as Datum[];
    const { ctx, chartArea } = chart;
    const h = 13;
    const placed: Rect[] = [];
    ctx.save();
    ctx.font = `600 11px ${String(chart.options.font?.family ?? "sans-serif")}`;
    ctx.lineWidth = 3;
    ctx.lineJoin = "round";
    ctx.strokeStyle = "rgba(255,255,255,0.95)";
    ctx.fillStyle = FRONTIER_LINE_COLOR;
    meta.data.forEach((el, i) => {
      const d = data[i];
      if (!d) return;
      const w = ctx.measureText(d.label).width;
      const spots: [number, number][] = [
        [10, -8],
        [10, 18],
        [-10 - w, -8],
        [-10 - w, 18],
        [-w / 2, -14],
        [-w / 2, 26],
      ];
      for (const [dx, dy] of spots) {
        const r: Rect = { x: el.x + dx, y: el.y + dy - h + 2, w, h };
        const inside = r.x >= chartArea.left && r.x + r.w <= chartArea.right && r.y >= chartArea.top && r.y + r.h <= chartArea.bottom;
        if (!inside || placed.some((p) => overlaps(p, r))) continue;
        placed.push(r);
        ctx.strokeText(d.label, el.x + dx, el.y + dy);
        ctx.fillText(d.label, el.x + dx, el.y + dy);
        break;
      }
    });
    ctx.restore();
  },
};

const PLUGINS = [frontierLabels];

/**
 * Value for money: estimated total cost (x, log scale, display currency) against the non-price
 * score (y: the other four factors with their weights renormalised to 1) for every feasible option.
 * The Pareto frontier — nothing else is both cheaper and better — is drawn as a line with its
 * points named; dominated options are grey.
 */
export function ValueChart({ ranked, weights, format, familyName, colors }: Props) {
  const t = useTranslations("results.charts.value");
  const vfm = useMemo(() => valueForMoney(ranked, weights), [ranked, weights]);

  const data = useMemo<ChartData<"scatter", Datum[]>>(() => {
    // A log axis cannot show 0: a fully subsidised option is drawn at one unit of currency.
    const datum = (p: ValueForMoneyPoint): Datum => ({
      x: Math.max(1, format.inCurrency(p.costHkd)),
      y: p.nonPrice,
      id: p.id,
      label: shortName(p),
      costHkd: p.costHkd,
    });
    const families = FAMILIES.filter((f) => vfm.frontier.some((p) => p.family === f));
    return {
      datasets: [
        {
          label: t("frontier"),
          data: vfm.frontier.map(datum),
          showLine: true,
          borderColor: FRONTIER_LINE_COLOR,
          borderWidth: 2,
          backgroundColor: FRONTIER_LINE_COLOR,
          pointRadius: 0,
          pointHoverRadius: 0,
          pointHitRadius: 0,
          order: 3,
        },
        ...families.map((f) => ({
          label: familyName(f),
          data: vfm.frontier.filter((p) => p.family === f).map(datum),
          backgroundColor: colors[f],
          borderColor: "#ffffff",
          borderWidth: 1.5,
          pointRadius: 7,
          pointHoverRadius: 9,
          pointStyle: "circle" as const,
          order: 1,
        })),
        {
          label: t("dominated"),
          data: vfm.points.filter((p) => !p.onFrontier).map(datum),
          backgroundColor: "rgba(139,149,165,0.35)",
          borderColor: DOMINATED_COLOR,
          borderWidth: 1.5,
          pointRadius: 5,
          pointHoverRadius: 7,
          pointStyle: "circle" as const,
          order: 2,
        },
      ],
    };
  }, [vfm, format, familyName, colors, t]);

  const options = useMemo<ChartOptions<"scatter">>(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { right: 12, top: 8 } },
      scales: {
        x: {
          type: "logarithmic",
          title: { display: true, text: t("xAxis") },
          grid: { color: GRID_COLOR },
          ticks: {
            maxTicksLimit: 8,
            autoSkip: true,
            // Show only 1-2-5 ticks so the log axis reads like money, not like exponents.
            callback: (value) => {
              const v = Number(value);
              const lead = v / 10 ** Math.floor(Math.log10(v));
              return [1, 2, 5].some((d) => Math.abs(lead - d) < 1e-6) ? format.currencyAmount(v, { compact: true }) : "";
            },
          },
        },
        y: {
          min: 0,
          max: 100,
          title: { display: true, text: t("yAxis") },
          grid: { color: GRID_COLOR },
        },
      },
      plugins: {
        legend: { position: "bottom", labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8 } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<"scatter">) => {
              const d = item.raw as Datum;
              const p = vfm.points.find((x) => x.id === d.id);
              const name = p ? `${p.provider} ${p.name}` : d.label;
              return `${name}: ${format.money(d.costHkd)} · ${format.score(d.y)}`;
            },
          },
        },
      },
    }),
    [t, format, vfm],
  );

  const frontierNames = vfm.frontier.map((p) => `#${p.rank} ${p.provider} ${p.name}`).join(" → ");
  const ariaLabel = t("aria", { count: vfm.points.length, frontier: frontierNames || "—" });

  const table = (
    <ChartDataTable
      className={`plain-table ${chartStyles.chartTable}`}
      caption={t("title")}
      rows={vfm.points}
      rowKey={(p) => p.id}
      rowData={(p) => ({ "data-frontier": p.onFrontier ? "true" : "false" })}
      rowHeader={{ header: t("colOption"), cell: (p) => `${p.provider} ${p.name}` }}
      columns={[
        { id: "family", header: t("colFamily"), cell: (p) => familyName(p.family) },
        { id: "cost", header: t("colCost"), numeric: true, cell: (p) => <span className="num">{format.money(p.costHkd)}</span> },
        { id: "nonPrice", header: t("colNonPrice"), numeric: true, cell: (p) => <span className="num">{format.score(p.nonPrice)}</span> },
        { id: "frontier", header: t("colFrontier"), cell: (p) => (p.onFrontier ? <strong>{t("onFrontier")}</strong> : t("isDominated")) },
      ]}
    />
  );

  return (
    <ChartCard
      title={t("title")}
      description={t("description")}
      table={table}
      wide
      height={380}
      testId="value-chart"
      summary={
        <p className={chartStyles.frontierSummary}>
          <strong>{t("frontierList")}</strong> {frontierNames || "—"}
        </p>
      }
    >
      <ChartComponent type="scatter" data={data} options={options} plugins={PLUGINS} role="img" aria-label={ariaLabel} />
    </ChartCard>
  );
}
