import type { RankedOption } from "@/lib/domain/scoring/recommend";

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A two-line category label for a chart axis: "#1 Provider" / "offer name", clipped so bars keep their room. */
export function optionAxisLabel(o: Pick<RankedOption, "rank" | "provider" | "name">): string[] {
  return [`#${o.rank} ${clip(o.provider, 20)}`, clip(o.name, 22)];
}
