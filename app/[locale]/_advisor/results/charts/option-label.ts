import type { RankedOption } from "@/lib/domain/scoring/recommend";

/** Shortens `s` to at most `n` characters, ending in "…" when cut. */
export const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** An option's name in running text: "Provider · offer name". */
export function optionName(o: Pick<RankedOption, "provider" | "name">): string {
  return `${o.provider} · ${o.name}`;
}

/** The two lines of an option's axis label, unclipped: "#rank Provider" / "offer name" (for charts that clip to their own width). */
export function optionAxisLines(o: Pick<RankedOption, "rank" | "provider" | "name">): string[] {
  return [`#${o.rank} ${o.provider}`, o.name];
}

/** A two-line category label for a chart axis: "#1 Provider" / "offer name", clipped so bars keep their room. */
export function optionAxisLabel(o: Pick<RankedOption, "rank" | "provider" | "name">): string[] {
  return [`#${o.rank} ${clip(o.provider, 17)}`, clip(o.name, 18)];
}

/** Below this plot width (px) a category shows only "#rank"; the tooltip and data table name it. */
const NARROW_CHART_PX = 520;

/** Tick callback for an options axis: the two-line label, or just "#rank" when the chart is narrow. */
export function axisLabel(options: readonly Pick<RankedOption, "rank" | "provider" | "name">[]) {
  return function (this: { chart: { width: number } }, _value: string | number, index: number): string | string[] {
    const o = options[index];
    if (!o) return "";
    return this.chart.width < NARROW_CHART_PX ? `#${o.rank}` : optionAxisLabel(o);
  };
}

/** Tooltip title callback for a chart over `options` (index order): "#rank Provider offer name". */
export function optionTooltipTitle(options: readonly Pick<RankedOption, "rank" | "provider" | "name">[]) {
  return (items: readonly { dataIndex: number }[]): string => {
    const o = items[0] ? options[items[0].dataIndex] : undefined;
    return o ? `#${o.rank} ${o.provider} ${o.name}` : "";
  };
}
