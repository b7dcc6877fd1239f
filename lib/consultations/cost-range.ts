import type { RankedOption } from "@/lib/domain/scoring/recommend";

export type CostRange = { lowHkd: number; highHkd: number };

/**
 * The range of an option's total cost when the engine gives one (`costRangeHKD`, for offers
 * whose price is an estimate with a range), else null: the point estimate `costHKD` stands alone.
 */
export function costRange(option: RankedOption): CostRange | null {
  const raw = (option as RankedOption & { costRangeHKD?: unknown }).costRangeHKD;
  if (Array.isArray(raw) && typeof raw[0] === "number" && typeof raw[1] === "number") return { lowHkd: raw[0], highHkd: raw[1] };
  if (raw && typeof raw === "object") {
    const r = raw as Record<string, unknown>;
    const low = r.low ?? r.min ?? r.lowHkd;
    const high = r.high ?? r.max ?? r.highHkd;
    if (typeof low === "number" && typeof high === "number") return { lowHkd: low, highHkd: high };
  }
  return null;
}
