import type { Recommendation } from "@/lib/domain/scoring/recommend";
import type { ScenarioInput } from "./scenario-input";

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
/** How many of each scenario's top options the comparison shows. */
export const COMPARE_TOP_N = 5;

export type ComparedScenario = { id: string; name: string; input: ScenarioInput; result: Recommendation };

export type ComparisonCell = { rank: number | null; total: number | null; costHkd: number | null };

export type ComparisonRow = {
  offerId: string;
  provider: string;
  name: string;
  /** Where the option runs (its location label), so two same-named offers in different regions differ. */
  location: string;
  /** One cell per scenario, in the order given. */
  cells: ComparisonCell[];
  /** Which figures differ between the scenarios (a missing cell counts as different). */
  differs: { rank: boolean; total: boolean; cost: boolean };
};

export type InputDifference = { path: string; values: unknown[] };

export type Comparison = {
  scenarios: { id: string; name: string; topOfferId: string | null; rankedCount: number; excludedCount: number }[];
  rows: ComparisonRow[];
  /** Needs, weights and method settings that differ between the scenarios (dot paths). */
  inputDifferences: InputDifference[];
};

function leaves(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const allSame = (xs: unknown[]) => xs.every((x) => same(x, xs[0]));

/**
 * Side by side: the union of each scenario's top options (ordered by their best rank in any
 * scenario, then id), each option's rank, total and cost per scenario with the figures that
 * differ flagged, and the inputs that differ (e.g. `needs.residency`).
 */
export function compareScenarios(list: readonly ComparedScenario[], topN = COMPARE_TOP_N): Comparison {
  const ids: string[] = [];
  for (const s of list) for (const r of s.result.ranked.slice(0, topN)) if (!ids.includes(r.offerId)) ids.push(r.offerId);
  const maps = list.map((s) => new Map(s.result.ranked.map((r) => [r.offerId, r])));
  const rows: ComparisonRow[] = ids.map((offerId) => {
    const cells = maps.map((m) => {
      const r = m.get(offerId);
      return { rank: r?.rank ?? null, total: r?.total ?? null, costHkd: r?.costHkd ?? null };
    });
    const any = maps.map((m) => m.get(offerId)).find((r) => r !== undefined)!;
    return {
      offerId,
      provider: any.provider,
      name: any.name,
      location: any.location.label,
      cells,
      differs: {
        rank: !allSame(cells.map((c) => c.rank)),
        total: !allSame(cells.map((c) => c.total)),
        cost: !allSame(cells.map((c) => c.costHkd)),
      },
    };
  });
  const best = (r: ComparisonRow) => Math.min(...r.cells.map((c) => c.rank ?? Infinity));
  rows.sort((a, b) => best(a) - best(b) || (a.offerId < b.offerId ? -1 : 1));

  const flat = list.map((s) => {
    const m = new Map<string, unknown>();
    leaves({ needs: s.input.needs, weights: s.input.weights, method: s.input.method }, "", m);
    return m;
  });
  const paths = [...new Set(flat.flatMap((m) => [...m.keys()]))].sort();
  const inputDifferences = paths.map((path) => ({ path, values: flat.map((m) => m.get(path)) })).filter((d) => !allSame(d.values));

  return {
    scenarios: list.map((s) => ({
      id: s.id,
      name: s.name,
      topOfferId: s.result.ranked[0]?.offerId ?? null,
      rankedCount: s.result.ranked.length,
      excludedCount: s.result.excluded.length,
    })),
    rows,
    inputDifferences,
  };
}
