import type { Source } from "./offer-schema";

/**
 * Staleness of catalogue figures. Pure: the reference date (the catalogue's `reviewedOn`)
 * is always an argument — never the clock — so a page renders the same on every day and
 * the tests never depend on when they run. Dates are ISO calendar dates (YYYY-MM-DD);
 * comparing them as strings is comparing them as dates.
 */

/** A figure whose newest source is older than this many calendar months is "stale". */
export const STALE_AFTER_MONTHS = 12;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month1to12: number): number {
  return new Date(Date.UTC(year, month1to12, 0)).getUTCDate();
}

/**
 * The calendar date `months` months before `isoDate`. A day that does not exist in the
 * target month is clamped to its last day (2024-03-31 minus 1 month → 2024-02-29).
 * Throws on a malformed date (the catalogue schema guarantees the format).
 */
export function monthsBefore(isoDate: string, months: number): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: "${isoDate}"`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * True when `asOf` is MORE than `maxAgeMonths` calendar months before `referenceDate`
 * (exactly 12 months old is not yet stale). A date after the reference is never stale.
 */
export function isStale(asOf: string, referenceDate: string, maxAgeMonths: number = STALE_AFTER_MONTHS): boolean {
  if (!ISO_DATE.test(asOf)) throw new Error(`not an ISO date: "${asOf}"`);
  return asOf < monthsBefore(referenceDate, maxAgeMonths);
}

/**
 * The as-of date of one figure (a dot path such as "price.perAcceleratorHour"): the
 * NEWEST source that covers it, because a newer confirmation supersedes an older one.
 * Undefined when no source covers the path.
 */
export function figureAsOf(sources: readonly Source[], figurePath: string): string | undefined {
  let newest: string | undefined;
  for (const s of sources) {
    if (s.covers.includes(figurePath) && (newest === undefined || s.asOf > newest)) newest = s.asOf;
  }
  return newest;
}

/** The oldest as-of date among the sources (undefined for an empty list). */
export function oldestAsOf(sources: readonly Source[]): string | undefined {
  let oldest: string | undefined;
  for (const s of sources) if (oldest === undefined || s.asOf < oldest) oldest = s.asOf;
  return oldest;
}

export type FigureFreshness = { path: string; asOf: string; stale: boolean };

/**
 * Every figure the sources cover, with its as-of date (newest covering source) and
 * whether it is stale relative to `referenceDate`. Sorted by path for stable output.
 */
export function figureFreshness(
  sources: readonly Source[],
  referenceDate: string,
  maxAgeMonths: number = STALE_AFTER_MONTHS,
): FigureFreshness[] {
  const paths = [...new Set(sources.flatMap((s) => s.covers))].sort();
  return paths.map((path) => {
    const asOf = figureAsOf(sources, path) as string; // every path here is covered by construction
    return { path, asOf, stale: isStale(asOf, referenceDate, maxAgeMonths) };
  });
}

/** The paths of the stale figures (sorted). Empty when everything is fresh. */
export function staleFigures(sources: readonly Source[], referenceDate: string, maxAgeMonths: number = STALE_AFTER_MONTHS): string[] {
  return figureFreshness(sources, referenceDate, maxAgeMonths)
    .filter((f) => f.stale)
    .map((f) => f.path);
}
