import type { RankedOption } from "@/lib/domain/scoring/recommend";

/** Shortens `s` to at most `n` characters, ending in "…" when cut. */
export const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** An option's name in running text: "Provider · offer name". */
export function optionName(o: Pick<RankedOption, "provider" | "name">): string {
  return `${o.provider} · ${o.name}`;
}

/** A two-line chart axis label: "#rank Provider" / "offer name" (the chart clips it to the room it has). */
export function optionAxisLabel(o: Pick<RankedOption, "rank" | "provider" | "name">): string[] {
  return [`#${o.rank} ${o.provider}`, o.name];
}
